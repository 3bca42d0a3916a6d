import CareModel
import Foundation
import Population
import Yams

/// A national scenario: a care design shared by many board areas (the `boards:` section), each
/// board run as its own scenario with its own services and lists sized from its own demand.
///
/// Loading checks everything before anything runs: the shared design (validated once over its
/// own `area`, which only the national targets and defaults use), every board area (it must
/// exist, be named once and carry a `code`, each code once), and every board's derived scenario.
public struct NationalScenario: Sendable {
  /// The file it was loaded from.
  public let file: String
  /// The shared design, validated as a scenario of its own (its targets are the national ones).
  public let shared: CareSetup
  /// The `boards:` section.
  public let section: BoardsSection
  /// Each board's plan, in the order the scenario lists them.
  public let boards: [BoardPlan]
  /// Each board's scenario, in the same order.
  public let scenarios: [LoadedScenario]
  /// The flattened national scenario (extends merged, overrides applied), `boards` included.
  public let effectiveYAML: String

  /// The scenario's name.
  public var name: String { shared.name }

  /// Whether the scenario at `path` (with `extends` resolved) has a `boards:` section.
  public static func isNational(path: String) -> Bool {
    guard let tree = try? ScenarioTree.load(path: path), case .mapping(let top) = tree else { return false }
    return top[Node("boards")] != nil
  }

  /// Loads and checks the national scenario at `path`, with `overrides` applied to the national
  /// tree first (`--seed` sets the master seed every board's seed derives from).
  public static func load(path: String, overrides: [SetOverride] = []) throws -> NationalScenario {
    let (loaded, origins) = try ScenarioTree.loadTracingOrigins(path: path)
    var tree = loaded
    for override in overrides { tree = try override.apply(to: tree) }
    guard let section = try BoardsSection.read(tree, file: path) else {
      throw ScenarioError.invalid(
        file: path, keyPath: "boards", line: nil, problem: "is missing",
        allowed: "a boards section naming the board areas (docs/scenarios.md, National runs)")
    }
    let sharedTree = ScenarioTree.removingKey("boards", from: tree)
    let sharedScenario = try LoadedScenario.load(tree: sharedTree, origins: origins, path: path, overrides: [])
    guard let shared = sharedScenario.design as? CareSetup else {
      throw ScenarioError.invalid(
        file: path, keyPath: "model", line: nil, problem: "a national run needs a care design",
        allowed: "model: care")
    }
    guard let designReferrals = shared.design.referralsPerYear, designReferrals > 0 else {
      throw ScenarioError.invalid(
        file: path, keyPath: "referrals.per_year", line: nil, problem: "is missing",
        allowed: "the referrals a year the shared services were sized for (above 0)")
    }
    var plans: [BoardPlan] = []
    var codes: [String: Int] = [:]
    for (index, name) in section.areas.enumerated() {
      let keyPath = "boards.areas[\(index)]"
      let line = section.lines[index]
      let area: Area
      do {
        area = try AreaLoader.load(name: name, forScenarioAt: path).area
      } catch let error as ScenarioError {
        guard case .invalid(let file, _, _, let problem, let allowed) = error, file == path else { throw error }
        throw ScenarioError.invalid(file: path, keyPath: keyPath, line: line, problem: problem, allowed: allowed)
      }
      guard let code = area.code else {
        throw ScenarioError.invalid(
          file: path, keyPath: keyPath, line: line, problem: "area '\(name)' has no code",
          allowed: "a board area file with its official code (code: E54000062)")
      }
      if let first = codes[code] {
        throw ScenarioError.invalid(
          file: path, keyPath: keyPath, line: line,
          problem: "area '\(name)' has code \(code), as boards.areas[\(first)] has", allowed: "each board once")
      }
      codes[code] = index
      plans.append(
        BoardPlan(
          area: area, areaName: name, code: code, referralsPer100k: section.referralsPer100k,
          designReferrals: designReferrals, masterSeed: shared.seed))
    }
    let scenarios = try plans.map { plan in
      try LoadedScenario.load(
        tree: BoardTree.tree(sharedTree, plan: plan, nationalName: shared.name), origins: origins, path: path,
        overrides: [])
    }
    return NationalScenario(
      file: path, shared: shared, section: section, boards: plans, scenarios: scenarios,
      effectiveYAML: try LoadedScenario.serialize(tree))
  }
}
