import CareModel
import Foundation
import QueueingNetwork
import Scenario
import Testing

/// The repository's `Scenarios` folder, found from this file's path.
let repositoryScenarios = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
  .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Scenarios")

@Suite("extends paths")
struct ExtendsPathTests {
  @Test("extends takes an absolute path")
  func absoluteExtends() throws {
    let parentFolder = try makeTemporaryFolder()
    let childFolder = try makeTemporaryFolder()
    defer {
      try? FileManager.default.removeItem(at: parentFolder)
      try? FileManager.default.removeItem(at: childFolder)
    }
    let parent = try writeFile(network(), named: "parent.yaml", in: parentFolder)
    let child = try writeFile("extends: \(parent)\nname: child\nseed: 5\n", named: "child.yaml", in: childFolder)
    let loaded = try LoadedScenario.load(path: child)
    #expect(loaded.name == "child")
    #expect(loaded.design.seed == 5)
    #expect(loaded.design.horizon == 1000)
  }

  @Test("A relative extends is read from the folder of the file that writes it")
  func relativeToTheWritingFile() throws {
    let root = try makeTemporaryFolder()
    defer { try? FileManager.default.removeItem(at: root) }
    let shared = root.appendingPathComponent("shared")
    let mine = root.appendingPathComponent("mine")
    for folder in [shared, mine] {
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }
    try writeFile(network(), named: "parent.yaml", in: shared)
    try writeFile("extends: parent.yaml\nname: middle\nseed: 8\n", named: "middle.yaml", in: shared)
    let child = try writeFile("extends: ../shared/middle.yaml\nname: child\n", named: "child.yaml", in: mine)
    let loaded = try LoadedScenario.load(path: child)
    #expect(loaded.design.seed == 8)
  }
}

@Suite("Data files of an extended scenario")
struct ExtendedFilePathTests {
  @Test("A what-if in another folder extending a scenario with current lists reads the parent's lists")
  func whatIfElsewhereReadsTheParentsLists() throws {
    let folder = try makeTemporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let parent = repositoryScenarios.appendingPathComponent("sandwell-2025.yaml").path
    let child = try writeFile(
      "version: 1\nname: my-redesign\nmodel: care\nextends: \(parent)\nservices:\n  step3:\n    wte: 23\n",
      named: "my-redesign.yaml", in: folder)
    let loaded = try LoadedScenario.load(path: child)
    #expect(loaded.name == "my-redesign")
    let mine = try #require(loaded.design as? CareSetup).design
    let original = try #require(try LoadedScenario.load(path: parent).design as? CareSetup).design
    let lists = mine.services.compactMap { $0.backlog?.count }
    #expect(!lists.isEmpty)
    #expect(lists == original.services.compactMap { $0.backlog?.count })
    #expect(mine.services.first { $0.id == "step3" }?.staff != original.services.first { $0.id == "step3" }?.staff)
  }

  @Test("Relative data paths are rebased to the extending file's folder; absolute ones kept")
  func rebasedPaths() {
    #expect(ExtendedFilePaths.rebased("lists/a.csv", from: "/r/Scenarios", to: "/r") == "Scenarios/lists/a.csv")
    #expect(
      ExtendedFilePaths.rebased("lists/a.csv", from: "/r/Scenarios", to: "/elsewhere") == "/r/Scenarios/lists/a.csv")
    #expect(ExtendedFilePaths.rebased("../lists/a.csv", from: "/r/Scenarios/x", to: "/r") == "Scenarios/lists/a.csv")
    #expect(ExtendedFilePaths.rebased("/abs/a.csv", from: "/r/Scenarios", to: "/r") == "/abs/a.csv")
  }
}

@Suite("Options named in messages")
struct OptionMessageTests {
  @Test("A bad --set value names the --set argument, not the file's line")
  func badSetValue() throws {
    let folder = try makeTemporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = try writeFile(network(), named: "base.yaml", in: folder)
    let error = #expect(throws: ScenarioError.self) {
      _ = try LoadedScenario.load(path: file, overrides: [try SetOverride("nodes.triage.servers=abc")])
    }
    let text = try #require(error).description
    #expect(text.hasPrefix("--set nodes.triage.servers=abc: "), "\(text)")
    #expect(!text.contains("base.yaml"), "\(text)")
  }

  @Test("An option that makes another key invalid names the option and the key it conflicts with")
  func conflictNamesTheOption() throws {
    let folder = try makeTemporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = try writeFile(network(), named: "base.yaml", in: folder)
    let horizon = SetOverride(path: ["horizon"], value: "50", source: "--horizon 50")
    let error = #expect(throws: ScenarioError.self) {
      _ = try LoadedScenario.load(path: file, overrides: [try SetOverride("seed=3"), horizon])
    }
    guard case .conflict(let source, let keyPath, let place, _, _) = try #require(error) else {
      Issue.record("expected .conflict, got \(String(describing: error))")
      return
    }
    #expect(source == "--horizon 50")
    #expect(keyPath == "warmup")
    #expect(place.contains("base.yaml"))
    let text = try #require(error).description
    #expect(text.hasPrefix("--horizon 50: conflicts with warmup ("), "\(text)")
  }

  @Test("A key invalid in the file itself still names the file, even with options given")
  func fileErrorsStayWithTheFile() throws {
    let folder = try makeTemporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = try writeFile(
      network(top: validTop.replacingOccurrences(of: "warmup: 100", with: "warmup: 5000")), named: "base.yaml",
      in: folder)
    let error = #expect(throws: ScenarioError.self) {
      _ = try LoadedScenario.load(path: file, overrides: [SetOverride(path: ["seed"], value: "4", source: "--seed 4")])
    }
    guard case .invalid(let reported, let keyPath, _, _, _) = try #require(error) else {
      Issue.record("expected .invalid, got \(String(describing: error))")
      return
    }
    #expect(reported == file)
    #expect(keyPath == "warmup")
  }
}

@Suite("Finding areas and shared files")
struct ScenarioSearchTests {
  /// A care scenario extending the repository's 2009 scenario by an absolute path, alone in a
  /// temporary folder.
  static func lonelyScenario(in folder: URL, area: String? = nil) throws -> String {
    let parent = repositoryScenarios.appendingPathComponent("sandwell-standard-2009.yaml").path
    let areaLine = area.map { "area: \($0)\n" } ?? ""
    return try writeFile(
      "extends: \(parent)\nname: lonely\n\(areaLine)replications: 1\n", named: "lonely.yaml", in: folder)
  }

  @Test("STEPWELL_SCENARIOS and the executable's path give the installed folders")
  func installedFolders() throws {
    let root = try makeTemporaryFolder()
    defer { try? FileManager.default.removeItem(at: root) }
    let prefix = root.appendingPathComponent("prefix")
    let shared = prefix.appendingPathComponent("share/stepwell/Scenarios")
    let unpacked = root.appendingPathComponent("archive/Scenarios")
    for folder in [shared, unpacked, prefix.appendingPathComponent("bin")] {
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }
    let fromPrefix = ScenarioSearch.installedFolders(
      environment: [:], executable: prefix.appendingPathComponent("bin/stepwell"))
    #expect(fromPrefix.first == shared.standardizedFileURL.path)
    let fromArchive = ScenarioSearch.installedFolders(
      environment: [ScenarioSearch.environmentKey: "/somewhere/Scenarios"],
      executable: root.appendingPathComponent("archive/bin/stepwell"))
    #expect(fromArchive.first == "/somewhere/Scenarios")
    #expect(fromArchive.contains(unpacked.standardizedFileURL.path))
  }

  @Test("A scenario alone in a folder finds the installed area file")
  func lonelyScenarioFindsTheArea() throws {
    let folder = try makeTemporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = try ScenarioSearchTests.lonelyScenario(in: folder)
    let found = ScenarioSearch.find("areas/sandwell-2011.yaml", forScenarioAt: file)
    #expect(found.found == repositoryScenarios.appendingPathComponent("areas/sandwell-2011.yaml").path)
    #expect(found.looked.first == folder.appendingPathComponent("areas/sandwell-2011.yaml").standardizedFileURL.path)
  }

  @Test("An area file beside the scenario comes first")
  func besideTheScenarioFirst() throws {
    let folder = try makeTemporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = try ScenarioSearchTests.lonelyScenario(in: folder)
    let areas = folder.appendingPathComponent("areas")
    try FileManager.default.createDirectory(at: areas, withIntermediateDirectories: true)
    let text = try String(
      contentsOf: repositoryScenarios.appendingPathComponent("areas/sandwell-2011.yaml"), encoding: .utf8)
    try writeFile(text, named: "sandwell-2011.yaml", in: areas)
    let (_, areaFile) = try AreaLoader.load(name: "sandwell-2011", forScenarioAt: file)
    #expect(areaFile == areas.appendingPathComponent("sandwell-2011.yaml").standardizedFileURL.path)
  }

  @Test("A missing area's message lists every place looked")
  func missingAreaListsThePlaces() throws {
    let folder = try makeTemporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = try ScenarioSearchTests.lonelyScenario(in: folder, area: "atlantis")
    let error = #expect(throws: ScenarioError.self) { _ = try LoadedScenario.load(path: file) }
    let text = try #require(error).description
    #expect(text.contains(folder.appendingPathComponent("areas/atlantis.yaml").standardizedFileURL.path), "\(text)")
    #expect(text.contains(repositoryScenarios.appendingPathComponent("areas/atlantis.yaml").path), "\(text)")
    #expect(text.contains("looked in"))
    #expect(text.contains("sandwell-2011"), "the areas that exist: \(text)")
  }
}

@Suite("Copying a scenario for stepwell init")
struct ScenarioCopyTests {
  @Test("The hub is copied with its parent, area and shared ranges, renamed")
  func copiesTheHub() throws {
    let hub = repositoryScenarios.appendingPathComponent("sandwell-hub.yaml").path
    let copy = try ScenarioCopy(source: hub, name: "my-hub")
    #expect(!copy.flattened)
    #expect(
      copy.files.map(\.path) == [
        "my-hub.yaml", "sandwell-standard-2009.yaml", "areas/sandwell-2011.yaml", "uncertainty/defaults.yaml",
      ])
    let main = copy.files[0].text
    #expect(main.contains("\nname: my-hub\n"))
    #expect(main.contains("\nextends: sandwell-standard-2009.yaml"))
    #expect(main.contains("# The Sandwell Wellbeing Hub"), "comments are kept")
  }

  @Test("A chain whose file names clash is flattened into one file")
  func clashingNamesFlatten() throws {
    let hub = repositoryScenarios.appendingPathComponent("sandwell-hub.yaml").path
    let copy = try ScenarioCopy(source: hub, name: "sandwell-standard-2009")
    #expect(copy.flattened)
    #expect(copy.files.map(\.path).first == "sandwell-standard-2009.yaml")
    #expect(!copy.files[0].text.contains("extends:"))
  }

  @Test("The current list a scenario names is copied at its relative path")
  func copiesTheList() throws {
    let file = repositoryScenarios.appendingPathComponent("sandwell-2025.yaml").path
    let copy = try ScenarioCopy(source: file, name: "mine")
    #expect(copy.files.map(\.path).contains("lists/sandwell-2025-03-31-waiting.csv"))
  }

  @Test("A name that cannot name a scenario is refused")
  func badName() throws {
    let hub = repositoryScenarios.appendingPathComponent("sandwell-hub.yaml").path
    #expect(throws: ScenarioError.self) { _ = try ScenarioCopy(source: hub, name: "my hub") }
  }
}
