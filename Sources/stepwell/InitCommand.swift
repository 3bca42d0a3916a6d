import ArgumentParser
import Foundation
import Scenario

/// `stepwell init NAME [--from SCENARIO.yaml]`: copies a ready scenario into a new folder
/// `NAME/` for editing, with everything it needs to run from there.
struct InitCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "init",
    abstract: "Copy a ready scenario into a new folder NAME/ for editing.",
    discussion: """
      Writes NAME/NAME.yaml (the scenario, renamed NAME) with the files it extends beside it, its \
      area file in NAME/areas/, NAME/uncertainty/defaults.yaml when it uses the shared uncertain \
      inputs, and the current-list and draws files it names. The copy is checked before it is \
      written and runs from any folder. The default scenario is Scenarios/sandwell-hub.yaml, found \
      in the working folder, in STEPWELL_SCENARIOS or in the installed scenarios. NAME must not \
      exist yet; nothing is written when it does.
      """)

  /// The scenario copied when `--from` is not given.
  static let defaultScenario = "sandwell-hub.yaml"

  @Argument(help: "The folder to create; its last component names the scenario.")
  var name: String

  @Option(
    name: .long, parsing: .unconditional,
    help: ArgumentHelp(
      "The scenario to copy (default: Scenarios/sandwell-hub.yaml, or the installed one).", valueName: "scenario.yaml"))
  var from: String?

  func run() throws {
    try CommandFailure.guarding {
      let folder = URL(fileURLWithPath: name).standardizedFileURL
      let scenarioName = folder.lastPathComponent
      try InitCommand.checkNew(name, folder: folder)
      let source = try InitCommand.source(from)
      let copy = try ScenarioCopy(source: source, name: scenarioName)
      try InitCommand.write(copy, to: folder, typed: name)
      let shown = name.hasSuffix("/") ? String(name.dropLast()) : name
      print("Copied \(source) to \(shown)/\(copy.flattened ? " (its extends chain merged into one file)" : ""):")
      for file in copy.files { print("  \(shown)/\(file.path)") }
      print("Next: stepwell run \(shown)/\(copy.files[0].path)")
    }
  }

  /// Refuses a folder that exists (by any kind of file) or whose parent does not.
  static func checkNew(_ typed: String, folder: URL) throws {
    if (try? FileManager.default.attributesOfItem(atPath: folder.path)) != nil {
      throw InputError("\(typed): already exists (allowed: a new folder name; nothing was written)")
    }
    var isFolder: ObjCBool = false
    let parent = folder.deletingLastPathComponent().path
    guard FileManager.default.fileExists(atPath: parent, isDirectory: &isFolder), isFolder.boolValue else {
      throw InputError("\(typed): the folder \(parent) does not exist (allowed: a new folder in an existing one)")
    }
    guard !folder.lastPathComponent.isEmpty, folder.lastPathComponent != "/" else {
      throw InputError("\(typed): not a folder name (allowed: a new folder name)")
    }
  }

  /// The scenario to copy: `--from` as typed when it exists, else looked for among the ready
  /// scenarios (`Scenarios/` here, `STEPWELL_SCENARIOS`, the installed ones).
  static func source(_ from: String?) throws -> String {
    if let from, FileManager.default.fileExists(atPath: from) { return from }
    let wanted = from ?? defaultScenario
    var relative = wanted
    if relative.hasPrefix("Scenarios/") { relative.removeFirst("Scenarios/".count) }
    let search = ScenarioSearch.find(relative)
    if let found = search.found, !wanted.hasPrefix("/") { return found }
    let looked = ([from].compactMap { $0 } + search.looked).joined(separator: ", ")
    throw InputError(
      "--from \(wanted): no such scenario (looked in \(looked)); allowed: a scenario file, or one of the ready "
        + "scenarios (\(ScenarioSearch.environmentKey) names the scenarios folder)")
  }

  /// Writes the files into a hidden folder beside `folder`, checks that the copied scenario
  /// loads from there, and renames it into place; on any failure nothing is left behind.
  static func write(_ copy: ScenarioCopy, to folder: URL, typed: String) throws {
    let manager = FileManager.default
    let staging = folder.deletingLastPathComponent()
      .appendingPathComponent(".\(folder.lastPathComponent).stepwell-init-\(UUID().uuidString)")
    do {
      for file in copy.files {
        let url = staging.appendingPathComponent(file.path)
        try manager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(file.text.utf8).write(to: url)
      }
      _ = try LoadedScenario.load(path: staging.appendingPathComponent(copy.files[0].path).path)
      if (try? manager.attributesOfItem(atPath: folder.path)) != nil {
        throw InputError("\(typed): already exists (allowed: a new folder name; nothing was written)")
      }
      try manager.moveItem(at: staging, to: folder)
    } catch {
      try? manager.removeItem(at: staging)
      throw error
    }
  }
}
