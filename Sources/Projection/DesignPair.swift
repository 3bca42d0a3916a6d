import Scenario
import Yams

/// The two scenarios of `stepwell compare`, loaded so they run alike: BASE with the command-line
/// overrides; ALT with the same overrides and then BASE's seed, replications, horizon and warm-up,
/// so ALT's `effective-scenario.yaml` shows the values it ran with.
public struct DesignPair: Sendable {
  /// BASE: the reference design.
  public let base: LoadedScenario
  /// ALT: the design compared against BASE (differences are ALT minus BASE).
  public let alt: LoadedScenario

  /// The output folder's default name: `compare-<base>-vs-<alt>`.
  public var folderName: String { "compare-\(base.name)-vs-\(alt.name)" }

  /// Loads and checks both files.
  ///
  /// - Parameter overrides: `--set` and option overrides, applied to both files.
  /// - Throws: `ScenarioError` for either file's content, for a network compared with a care
  ///   scenario, and for designs whose horizons differ (before BASE's are imposed).
  public static func load(base: String, alt: String, overrides: [SetOverride]) throws -> DesignPair {
    let (baseLoaded, baseTree) = try LoadedScenario.loadWithTree(path: base, overrides: overrides)
    var (altOwn, altTree) = try LoadedScenario.loadWithTree(path: alt, overrides: overrides)
    try checkSameKind(baseLoaded, altOwn)
    try checkSameHorizon(baseLoaded, altOwn)
    for pin in try pinnedOverrides(base: baseLoaded, tree: baseTree) { altTree = try pin.apply(to: altTree) }
    return DesignPair(base: baseLoaded, alt: try LoadedScenario.load(tree: altTree, path: alt))
  }

  /// `seed`, `replications`, `horizon` and `warmup` set to BASE's values, as `--set` overrides.
  /// Horizon and warm-up keep BASE's own text (`6y`), so the units stay readable.
  static func pinnedOverrides(base: LoadedScenario, tree: Node) throws -> [SetOverride] {
    let top = try MappingReader(tree, file: base.file, path: "")
    let design = base.design
    let (seed, replications) = (design.seed, design.replications)
    let warmup = try top.string("warmup") ?? NumberFormat.csv(design.warmup)
    func pinned(_ key: String, _ value: String) -> SetOverride {
      SetOverride(path: [key], value: value, source: "\(key) \(value) (BASE \(base.file)'s, imposed by compare)")
    }
    var pins = [pinned("seed", String(seed)), pinned("replications", String(replications)), pinned("warmup", warmup)]
    if let horizon = try top.string("horizon") { pins.append(pinned("horizon", horizon)) }
    return pins
  }

  static func checkSameKind(_ base: LoadedScenario, _ alt: LoadedScenario) throws {
    guard base.kind != alt.kind else { return }
    throw ScenarioError.invalid(
      file: alt.file, keyPath: "model", line: nil,
      problem: "is a \(alt.kind.rawValue) scenario but BASE \(base.file) is a \(base.kind.rawValue) scenario",
      allowed: "two scenarios of the same model")
  }

  static func checkSameHorizon(_ base: LoadedScenario, _ alt: LoadedScenario) throws {
    let (b, a) = (base.design.horizon, alt.design.horizon)
    guard abs(b - a) > 1e-9 else { return }
    let unit = base.design.timeUnit
    throw ScenarioError.invalid(
      file: alt.file, keyPath: "horizon", line: nil,
      problem: "is \(NumberFormat.csv(a)) \(unit) but BASE \(base.file) has \(NumberFormat.csv(b)) \(unit)",
      allowed: "the same horizon as BASE, or --horizon to set both")
  }
}
