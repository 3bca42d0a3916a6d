import Foundation
import Yams

/// The files `stepwell init NAME` writes: a ready scenario made into a folder of its own that
/// runs from anywhere.
///
/// The folder holds the scenario as `<name>.yaml` with `name: <name>`, the files of its
/// `extends` chain beside it (each `extends` rewritten to the copy; the chain is flattened into
/// one file instead when two of its files share a file name, or one is called `<name>.yaml`),
/// its area file under `areas/`, `uncertainty/defaults.yaml` when it uses the shared ranges, and
/// every current-list and draws file it names by a relative path (at the same relative path;
/// absolute paths are left as they are).
public struct ScenarioCopy: Sendable {
  /// One file to write: its path inside the folder and its text.
  public struct File: Sendable, Equatable {
    public let path: String
    public let text: String
  }

  /// The scenario copied.
  public let source: String
  /// The new scenario's name (and the name of its file).
  public let name: String
  /// The files, the scenario first.
  public let files: [File]
  /// True when the `extends` chain was flattened into one file.
  public let flattened: Bool

  /// Plans the copy of the scenario at `source` as scenario `name`.
  ///
  /// - Throws: `ScenarioError` when the scenario does not load, or `name` cannot name a scenario.
  public init(source: String, name: String) throws {
    let allowedCharacters = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.")
    guard !name.isEmpty, name.allSatisfy(allowedCharacters.contains), !name.hasPrefix(".") else {
      throw ScenarioError.invalid(
        file: source, keyPath: "name", line: nil, problem: "'\(name)' cannot name a scenario",
        allowed: "a folder name of letters, digits, '-', '_' or '.'")
    }
    let loaded = try LoadedScenario.load(path: source)
    let chain = try ScenarioCopy.chain(of: source)
    let merged = try ScenarioTree.load(path: source)
    let main = "\(name).yaml"
    let fileNames = chain.map { URL(fileURLWithPath: $0.path).lastPathComponent }
    let parentNames = fileNames.dropFirst()
    var files: [File] = []
    if Set(parentNames).count == parentNames.count, !parentNames.contains(main),
      let texts = ScenarioCopy.rewrittenChain(chain, fileNames: fileNames, name: name)
    {
      files = zip([main] + parentNames, texts).map { File(path: $0, text: $1) }
      flattened = false
    } else {
      files = [File(path: main, text: try ScenarioCopy.flattenedText(merged, source: source, name: name))]
      flattened = true
    }
    if loaded.kind == .care, let area = try MappingReader(merged, file: source, path: "").string("area") {
      let found = try AreaLoader.load(name: area, forScenarioAt: source)
      files.append(File(path: "areas/\(area).yaml", text: try YAMLSource.text(path: found.file)))
    }
    files += try ScenarioCopy.sharedDefaults(merged, source: source)
    files += try ScenarioCopy.namedFiles(merged, source: source)
    self.source = source
    self.name = name
    self.files = files
  }

  /// The scenario and each file it extends, in order, with their text.
  static func chain(of source: String) throws -> [(path: String, text: String)] {
    var chain: [(path: String, text: String)] = []
    var path = source
    while true {
      let text = try YAMLSource.text(path: path)
      chain.append((path, text))
      let top = try MappingReader(try YAMLSource.parse(text, file: path), file: path, path: "")
      guard let parent = try top.string("extends") else { return chain }
      path = ScenarioTree.resolve(parent, from: path)
    }
  }

  /// The chain's texts with the scenario's `name` and every `extends` rewritten, or nil when a
  /// line to rewrite is not a plain top-level `key: value`.
  static func rewrittenChain(_ chain: [(path: String, text: String)], fileNames: [String], name: String) -> [String]? {
    var texts: [String] = []
    for (index, file) in chain.enumerated() {
      var text = file.text
      if index == 0 {
        guard let renamed = replacingTopLevel("name", in: text, with: name) else { return nil }
        text = renamed
      }
      if index + 1 < chain.count {
        guard let rewritten = replacingTopLevel("extends", in: text, with: fileNames[index + 1]) else { return nil }
        text = rewritten
      }
      texts.append(text)
    }
    return texts
  }

  /// `text` with the value of the top-level `key: value` line replaced (a comment after it is
  /// kept), or nil when there is no such line.
  static func replacingTopLevel(_ key: String, in text: String, with value: String) -> String? {
    var lines = text.components(separatedBy: "\n")
    guard let index = lines.firstIndex(where: { $0.hasPrefix("\(key):") }) else { return nil }
    let line = lines[index]
    let comment = line.range(of: " #").map { "  " + line[$0.lowerBound...].trimmingCharacters(in: .whitespaces) }
    lines[index] = "\(key): \(value)" + (comment ?? "")
    return lines.joined(separator: "\n")
  }

  /// The merged scenario as one file, named `name`.
  static func flattenedText(_ merged: Node, source: String, name: String) throws -> String {
    guard case .mapping(var mapping) = merged else {
      throw ScenarioError.invalid(
        file: source, keyPath: "", line: nil, problem: "is not a map of keys", allowed: "a scenario")
    }
    mapping[Node("name")] = Node(name)
    return "# \(name): \(source) with its extends chain merged (stepwell init).\n"
      + (try Yams.serialize(node: .mapping(mapping), sortKeys: false))
  }

  /// `uncertainty/defaults.yaml` when the scenario draws the shared ranges.
  static func sharedDefaults(_ merged: Node, source: String) throws -> [File] {
    let section = merged.mapping?[Node(UncertaintyReader.sectionKey)]
    let usesDefaults =
      section?.string == "defaults" || section?.mapping?[Node("defaults")]?.bool == true
    guard usesDefaults else { return [] }
    let found = ScenarioSearch.find(UncertaintyReader.defaultsPath, forScenarioAt: source)
    guard let file = found.found else {
      throw ScenarioError.invalid(
        file: source, keyPath: UncertaintyReader.sectionKey, line: nil,
        problem: "there is no shared defaults file (\(ScenarioSearch.lookedText(found.looked)))",
        allowed: "Scenarios/uncertainty/defaults.yaml")
    }
    return [File(path: UncertaintyReader.defaultsPath, text: try YAMLSource.text(path: file))]
  }

  /// The current lists (`services.<id>.backlog.file`) and joint draws (`uncertainty.draws`) the
  /// scenario names by a relative path inside its folder.
  static func namedFiles(_ merged: Node, source: String) throws -> [File] {
    var named: [String] = []
    let services = merged.mapping?[Node("services")]?.mapping.map { Array($0.values) } ?? []
    for service in services {
      if let file = service.mapping?[Node("backlog")]?.mapping?[Node("file")]?.string { named.append(file) }
    }
    if let draws = merged.mapping?[Node(UncertaintyReader.sectionKey)]?.mapping?[Node("draws")]?.string {
      named.append(draws)
    }
    let folder = URL(fileURLWithPath: source).deletingLastPathComponent()
    var files: [File] = []
    for path in named where !path.hasPrefix("/") && !path.split(separator: "/").contains("..") {
      guard !files.contains(where: { $0.path == path }) else { continue }
      files.append(File(path: path, text: try YAMLSource.text(path: folder.appendingPathComponent(path).path)))
    }
    return files
  }
}
