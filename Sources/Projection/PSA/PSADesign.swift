import Scenario
import Yams

/// One design of a probabilistic sensitivity analysis, loaded: its file, its tree after the
/// command's overrides (and, for ALT, BASE's seed and run length), and where each key came from.
///
/// Unchecked: Yams' `Node` is not marked `Sendable`, but it is a tree of value types (enums,
/// structs and arrays) with no shared mutable storage, and a `PSADesign` is never changed after
/// it is built, so the draws read it from several threads safely.
struct PSADesign: @unchecked Sendable {
  /// The scenario file.
  let path: String
  /// The scenario as loaded without draws.
  let loaded: LoadedScenario
  /// The tree as read (extends merged), before any override.
  let sourceTree: Node
  /// The tree with the command's overrides applied: where the draws' keys are looked up.
  let tree: Node
  /// Where each key was written, for messages.
  let origins: ScenarioOrigins
  /// Overrides every draw applies first.
  let overrides: [SetOverride]

  /// Loads `path` with `overrides`, then `pins` (ALT: BASE's seed and run length).
  static func load(path: String, overrides: [SetOverride], pins: (LoadedScenario, Node) throws -> [SetOverride])
    throws -> PSADesign
  {
    let (tree, origins) = try ScenarioTree.loadTracingOrigins(path: path)
    let (own, ownTree) = try LoadedScenario.loadWithTree(path: path, overrides: overrides)
    let all = overrides + (try pins(own, ownTree))
    let loaded = try LoadedScenario.load(tree: tree, origins: origins, path: path, overrides: all)
    var applied = tree
    for override in all { applied = try override.apply(to: applied) }
    return PSADesign(
      path: path, loaded: loaded, sourceTree: tree, tree: applied, origins: origins, overrides: all)
  }

  /// The design with one draw's overrides.
  func drawn(_ draws: [SetOverride]) throws -> LoadedScenario {
    try LoadedScenario.load(tree: sourceTree, origins: origins, path: path, overrides: overrides + draws)
  }
}
