import Foundation
import Stochastics
import Yams

/// Reads a scenario's `uncertainty:` section: `defaults` (the shared file
/// `Scenarios/uncertainty/defaults.yaml`), or a map of dotted keys to distributions that may also
/// hold `defaults: true` and `draws: FILE.csv` (joint draws, for example a calibration's
/// posterior). A key the scenario names replaces the default for it.
public enum UncertaintyReader {
  /// The top-level key.
  public static let sectionKey = "uncertainty"
  /// The defaults file, relative to the scenarios folder.
  public static let defaultsPath = "uncertainty/defaults.yaml"
  /// The most inputs a section may draw.
  public static let maximumInputs = 1_000

  /// The section of `tree` (a scenario read from `path`), or nil when it has none.
  ///
  /// - Parameter resolving: read the files the section names (the shared defaults and `draws:`
  ///   tables). Loading a scenario to run it checks only the section's own entries, so a run
  ///   never fails for a file only `stepwell psa` reads.
  public static func read(_ tree: Node, path: String, resolving: Bool = true) throws -> UncertaintySpec? {
    let top = try MappingReader(tree, file: path, path: "")
    guard let section = top.node(sectionKey) else { return nil }
    if case .scalar(let scalar) = section {
      guard scalar.string == "defaults" else {
        throw top.error(
          sectionKey, "'\(scalar.string)' is not a form of uncertainty",
          allowed: "defaults, or a map of dotted keys to distributions (with defaults: true and draws: FILE.csv)")
      }
      guard resolving else { return UncertaintySpec(inputs: [], tables: [], usesDefaults: true, defaultsFile: nil) }
      let defaults = try defaultInputs(scenario: path)
      return UncertaintySpec(
        inputs: defaults.inputs, tables: [], usesDefaults: true, defaultsFile: defaults.file)
    }
    let reader = try MappingReader(section, file: path, path: sectionKey)
    var own: [UncertainInput] = []
    var tables: [InputDrawTable] = []
    var useDefaults = false
    for (key, _) in reader.pairs {
      switch key {
      case "defaults":
        useDefaults = try reader.bool(key) ?? false
      case "draws":
        let file = try reader.requiredString(key, allowed: "a CSV file of joint draws beside the scenario")
        guard resolving else { continue }
        let resolved = URL(fileURLWithPath: file, relativeTo: URL(fileURLWithPath: path).deletingLastPathComponent())
          .standardizedFileURL.path
        tables.append(
          try InputDrawTable.read(path: file, resolved: resolved, scenario: path, keyPath: reader.keyPath(key)))
      default:
        guard let entry = try reader.mapping(key) else {
          throw reader.error(key, "has no distribution", allowed: InputReader.allowedForms)
        }
        own.append(try InputReader.read(entry, key: key, file: path, fromDefaults: false))
      }
    }
    var inputs = own
    var defaultsFile: String?
    if useDefaults, resolving {
      let defaults = try defaultInputs(scenario: path)
      defaultsFile = defaults.file
      let named = Set(own.map(\.key) + tables.flatMap(\.keys))
      inputs += defaults.inputs.filter { !named.contains($0.key) }
    }
    let tableKeys = tables.flatMap(\.keys)
    if let repeated = Dictionary(grouping: own.map(\.key) + tableKeys, by: { $0 }).first(where: { $1.count > 1 }) {
      throw reader.error(
        nil, "draws '\(repeated.key)' twice (a distribution and a draws table, or two tables)",
        allowed: "each key once")
    }
    guard inputs.count + tableKeys.count <= maximumInputs else {
      throw reader.error(nil, "draws \(inputs.count + tableKeys.count) inputs", allowed: "1 to \(maximumInputs) inputs")
    }
    return UncertaintySpec(inputs: inputs, tables: tables, usesDefaults: useDefaults, defaultsFile: defaultsFile)
  }

  /// The shared defaults for the scenario at `scenario`: the file and its inputs.
  static func defaultInputs(scenario: String) throws -> (file: String, inputs: [UncertainInput]) {
    let search = ScenarioSearch.find(defaultsPath, forScenarioAt: scenario)
    guard let file = search.found, let data = FileManager.default.contents(atPath: file),
      let text = String(data: data, encoding: .utf8)
    else {
      let problem =
        search.found.map { "the shared defaults file \($0) cannot be read" }
        ?? "there is no shared defaults file \(defaultsPath) (\(ScenarioSearch.lookedText(search.looked)))"
      throw ScenarioError.invalid(
        file: scenario, keyPath: sectionKey, line: nil, problem: problem,
        allowed: "uncertainty: defaults with \(defaultsPath) beside the scenario or in the installed Scenarios/ "
          + "(\(ScenarioSearch.environmentKey) names another scenarios folder)")
    }
    let node: Node
    do {
      node = try Yams.compose(yaml: text) ?? Node.mapping(Node.Mapping([]))
    } catch {
      throw ScenarioError.invalid(
        file: file, keyPath: "", line: nil, problem: "is not valid YAML", allowed: "a YAML mapping")
    }
    let top = try MappingReader(node, file: file, path: "")
    try top.rejectUnknownKeys(["version", "description", "inputs"])
    guard let inputs = try top.mapping("inputs") else {
      throw top.error("inputs", "is missing", allowed: "a map of dotted keys to distributions")
    }
    let read = try inputs.pairs.map { pair -> UncertainInput in
      guard let entry = try inputs.mapping(pair.key) else {
        throw inputs.error(pair.key, "has no distribution", allowed: InputReader.allowedForms)
      }
      return try InputReader.read(entry, key: pair.key, file: file, fromDefaults: true)
    }
    return (file, read)
  }
}
