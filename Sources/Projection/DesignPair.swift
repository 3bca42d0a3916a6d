import Scenario

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
    let baseLoaded = try LoadedScenario.load(path: base, overrides: overrides)
    let altOwn = try LoadedScenario.load(path: alt, overrides: overrides)
    try checkSameKind(baseLoaded, altOwn)
    try checkSameHorizon(baseLoaded, altOwn)
    let pinned = try pinnedOverrides(base: baseLoaded, overrides: overrides)
    let altLoaded = try LoadedScenario.load(path: alt, overrides: overrides + pinned)
    return DesignPair(base: baseLoaded, alt: altLoaded)
  }

  /// `seed`, `replications`, `horizon` and `warmup` set to BASE's values, as `--set` overrides.
  /// Horizon and warm-up keep BASE's own text (`6y`), so the units stay readable.
  static func pinnedOverrides(base: LoadedScenario, overrides: [SetOverride]) throws -> [SetOverride] {
    var tree = try ScenarioTree.load(path: base.file)
    for override in overrides { tree = try override.apply(to: tree) }
    let top = try MappingReader(tree, file: base.file, path: "")
    let seed: UInt64
    let replications: Int
    let warmup: String
    switch base.model {
    case .care(let design, _):
      (seed, replications) = (design.seed, design.replications)
      warmup = try top.string("warmup") ?? "\(NumberFormat.csv(design.warmupDays))d"
    case .network(let network):
      (seed, replications) = (network.seed, network.replications)
      warmup = try top.string("warmup") ?? NumberFormat.csv(network.warmup)
    }
    var pinned = [
      try SetOverride("seed=\(seed)"), try SetOverride("replications=\(replications)"),
      try SetOverride("warmup=\(warmup)"),
    ]
    if let horizon = try top.string("horizon") { pinned.append(try SetOverride("horizon=\(horizon)")) }
    return pinned
  }

  static func checkSameKind(_ base: LoadedScenario, _ alt: LoadedScenario) throws {
    switch (base.model, alt.model) {
    case (.care, .care), (.network, .network): return
    case (.care, .network), (.network, .care):
      let kinds = (kind(base), kind(alt))
      throw ScenarioError.invalid(
        file: alt.file, keyPath: "model", line: nil,
        problem: "is a \(kinds.1) scenario but BASE \(base.file) is a \(kinds.0) scenario",
        allowed: "two care scenarios or two network scenarios")
    }
  }

  static func checkSameHorizon(_ base: LoadedScenario, _ alt: LoadedScenario) throws {
    switch (base.model, alt.model) {
    case (.care(let b, _), .care(let a, _)) where abs(b.horizonDays - a.horizonDays) > 1e-9:
      throw ScenarioError.invalid(
        file: alt.file, keyPath: "horizon", line: nil,
        problem:
          "is \(NumberFormat.csv(a.horizonDays)) days but BASE \(base.file) has \(NumberFormat.csv(b.horizonDays)) days",
        allowed: "the same horizon as BASE, or --horizon to set both")
    case (.network(let b), .network(let a)) where abs(b.horizon - a.horizon) > 1e-9:
      throw ScenarioError.invalid(
        file: alt.file, keyPath: "horizon", line: nil,
        problem: "is \(NumberFormat.csv(a.horizon)) but BASE \(base.file) has \(NumberFormat.csv(b.horizon))",
        allowed: "the same horizon as BASE, or --horizon to set both")
    default: return
    }
  }

  static func kind(_ scenario: LoadedScenario) -> String {
    if case .care = scenario.model { return "care" }
    return "network"
  }
}
