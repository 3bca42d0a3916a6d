import CareModel
import Population
import QueueingNetwork
import SimCore
import Yams

/// A scenario ready to run: the model's typed design plus the flattened tree it came from.
///
/// `load` is the one place where a scenario's `model:` key chooses a model; everything after
/// works through the `ModelDesign` interface.
public struct LoadedScenario: Sendable {
  /// The file it was loaded from.
  public let file: String
  /// Which model the scenario selects.
  public let kind: ModelKind
  /// The typed, validated design (`NetworkDesign` or `CareSetup`).
  public let design: any ModelDesign
  /// The flattened scenario (extends merged, overrides applied, top-level defaults written out)
  /// as YAML text, written to `effective-scenario.yaml`.
  public let effectiveYAML: String
  /// The `uncertainty:` section's own entries, checked (nil when the scenario has none); the
  /// files it names are read by `UncertaintyReader.read(_:path:)` when a PSA needs them.
  public let uncertainty: UncertaintySpec?

  /// The scenario's name.
  public var name: String { design.name }

  /// Loads, merges, overrides and validates the scenario at `path`.
  ///
  /// - Parameter overrides: applied in order after `extends` is resolved and before validation.
  ///
  /// A problem with a key inherited through `extends` or set by an override names the file (and
  /// line) or the `--set` argument where that key was written.
  public static func load(path: String, overrides: [SetOverride] = []) throws -> LoadedScenario {
    try loadWithTree(path: path, overrides: overrides).scenario
  }

  /// Loads as `load(path:overrides:)` does and also returns the merged and overridden tree (not
  /// yet validated), for a caller that derives a further design from it (`compare` pins ALT to
  /// BASE's seed and run length on ALT's own tree).
  public static func loadWithTree(path: String, overrides: [SetOverride] = []) throws
    -> (scenario: LoadedScenario, tree: Node)
  {
    let (tree, origins) = try ScenarioTree.loadTracingOrigins(path: path)
    return try loadWithTree(tree: tree, origins: origins, path: path, overrides: overrides)
  }

  /// Applies `overrides` and validates, as `load(path:overrides:)` does, but to a tree already
  /// read from `path` by `ScenarioTree.loadTracingOrigins(path:)`, so a caller that loads one
  /// scenario with many sets of overrides reads and parses its files once. `origins` (from the
  /// same call) lets a problem name the file, line or override where its key was written.
  public static func load(tree: Node, origins: ScenarioOrigins, path: String, overrides: [SetOverride]) throws
    -> LoadedScenario
  {
    try loadWithTree(tree: tree, origins: origins, path: path, overrides: overrides).scenario
  }

  static func loadWithTree(tree: Node, origins: ScenarioOrigins, path: String, overrides: [SetOverride]) throws
    -> (scenario: LoadedScenario, tree: Node)
  {
    let base = tree
    var (tree, origins) = (tree, origins)
    for override in overrides {
      tree = try override.apply(to: tree)
      origins.add(override)
    }
    do {
      return (try validated(tree, path: path, origins: origins), tree)
    } catch let error as ScenarioError {
      let relocated = origins.relocate(error, scenario: path)
      throw conflict(relocated, base: base, path: path, overrides: overrides) ?? relocated
    }
  }

  /// When `error` is about a key written in a file and not by an override, but the scenario
  /// without overrides does not have it, the override that first makes it appear: the message
  /// then names that option as typed and the key it conflicts with.
  static func conflict(
    _ error: ScenarioError, base: Node, path: String, overrides: [SetOverride]
  ) -> ScenarioError? {
    guard !overrides.isEmpty, case .invalid(let file, let keyPath, let line, let problem, let allowed) = error,
      !overrides.contains(where: { $0.source == file })
    else { return nil }
    func fails(_ count: Int) -> Bool {
      var tree = base
      do {
        for override in overrides.prefix(count) { tree = try override.apply(to: tree) }
        _ = try validated(tree, path: path, origins: nil)
        return false
      } catch let found as ScenarioError {
        return found.keyPath == keyPath
      } catch {
        return false
      }
    }
    guard !fails(0), let first = (1...overrides.count).first(where: fails) else { return nil }
    let place = file + (line.map { " line \($0)" } ?? "")
    return .conflict(
      source: overrides[first - 1].source, keyPath: keyPath, place: place, problem: problem, allowed: allowed)
  }

  /// Validates a tree read from `path` (by `loadWithTree`) into a design.
  public static func load(tree: Node, path: String) throws -> LoadedScenario {
    try validated(tree, path: path)
  }

  /// - Parameter origins: where each key was written, for the evidence grades of the equity
  ///   keys; nil leaves the scenario's keys ungraded.
  static func validated(_ tree: Node, path: String, origins: ScenarioOrigins? = nil) throws -> LoadedScenario {
    let uncertainty = try UncertaintyReader.read(tree, path: path, resolving: false)
    switch try ScenarioHeader.model(of: tree, file: path) {
    case .care:
      var design = try CareScenarioReader.read(tree, file: path)
      design.changes = try ChangesReader.read(tree, base: design, file: path)
      let (found, areaFile) = try AreaLoader.load(name: design.area, forScenarioAt: path)
      var area = found
      if let share = design.selfReferralShare { area.referrals.selfReferralShare = share }
      area.referrals = design.referralTiming.applied(to: area.referrals)
      area.referrals.gradient = design.equity.referralGradient(over: area.referrals.gradient)
      design.equity.grades = EquityGrades.grades(
        origins: origins, areaFile: areaFile)
      try ReferralCeiling.check(design, area: area, tree: tree, file: path)
      let filled = withDefaults(
        tree,
        [
          ("warmup", Node("\(number(design.warmupDays).string ?? "0")d")),
          ("replications", Node(String(design.replications))), ("seed", Node(String(design.seed))),
        ])
      return LoadedScenario(
        file: path, kind: .care, design: CareSetup(design: design, area: area), effectiveYAML: try serialize(filled),
        uncertainty: uncertainty)
    case .network:
      let network = try NetworkDesign(node: tree, file: path)
      let filled = withDefaults(
        tree,
        [
          ("time_unit", Node(network.timeUnit)), ("warmup", number(network.warmup)),
          ("replications", Node(String(network.replications))), ("seed", Node(String(network.seed))),
        ])
      return LoadedScenario(
        file: path, kind: .network, design: network, effectiveYAML: try serialize(filled),
        uncertainty: uncertainty)
    }
  }

  static func number(_ value: Double) -> Node {
    Node(value.rounded() == value && abs(value) < 1e15 ? String(Int(value)) : "\(value)")
  }

  /// Adds top-level keys that are absent, after the existing ones.
  static func withDefaults(_ tree: Node, _ defaults: [(String, Node)]) -> Node {
    guard case .mapping(var mapping) = tree else { return tree }
    for (key, value) in defaults where mapping[Node(key)] == nil { mapping[Node(key)] = value }
    return .mapping(mapping)
  }

  static func serialize(_ tree: Node) throws -> String {
    "# Effective scenario: extends merged, --set overrides applied, defaults written out.\n"
      + (try Yams.serialize(node: tree, sortKeys: false))
  }
}
