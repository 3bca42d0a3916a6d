import CareModel
import Foundation
import Scenario
import StepwellMetrics

/// A plan loaded and checked before its search runs: the varied keys, the targets, the run
/// window and the evaluator that runs (or reads back) each evaluation.
public final class PlanSetup {
  /// The scenario file and its name.
  public let file: String
  public let name: String
  /// The scenario with the command's overrides.
  let loaded: LoadedScenario
  /// The model the scenario selects.
  public let model: MetricModel
  /// The varied keys (the first key's grid coarsened for two keys).
  public let axes: [PlanAxis]
  /// The targets.
  public let targets: [PlanTarget]
  /// The share of replications that must meet every target.
  public let confidence: Double
  /// `--by` and the first day of its measured window.
  public let byDate: String?
  public let windowStart: String?
  /// Days from the start to the `--by` date, when given.
  let horizonDays: Double?
  /// The dated change the varied values make, when they apply after the start.
  let change: PlannedChange?
  /// The master seed every point uses.
  public let seed: UInt64
  /// Replications at a first evaluation and the most any point gets.
  public let replications: Int
  public let maximumReplications: Int
  /// Runs each evaluation.
  let evaluator: PlanEvaluator

  /// Loads and checks the plan.
  ///
  /// - Parameter started: called before each evaluation with the values' text and replications.
  public init(request: PlanRequest, options: RunOptions, started: (([String], Int) -> Void)? = nil) throws {
    file = request.path
    let (tree, origins) = try ScenarioTree.loadTracingOrigins(path: request.path)
    let (loaded, overridden) = try LoadedScenario.loadWithTree(path: request.path, overrides: request.overrides)
    self.loaded = loaded
    name = loaded.name
    let model: MetricModel = loaded.kind == .care ? .care : .network
    self.model = model
    seed = loaded.projected.seed
    guard (1...2).contains(request.varies.count) else {
      throw PlanError.badOption(
        option: "--vary", problem: "\(request.varies.count) keys", allowed: "one or two --vary keys")
    }
    guard !request.targets.isEmpty else {
      throw PlanError.badOption(
        option: "--target", problem: "no target", allowed: "one or more --target \(PlanError.targetForm)")
    }
    targets = try request.targets.map { try PlanTarget($0, model: model) }
    var parsed = try request.varies.map {
      try PlanAxis($0, current: ScenarioNumber.at(PlanRun.key(of: $0), in: overridden))
    }
    if parsed.count == 2, parsed[0].key == parsed[1].key {
      throw PlanError.badVary(
        argument: request.varies[1], problem: "'\(parsed[1].key)' is varied twice", allowed: "two different keys")
    }
    for axis in parsed where request.overrides.contains(where: { $0.key == axis.key }) {
      throw PlanError.badVary(
        argument: axis.argument, problem: "'\(axis.key)' is also set with --set", allowed: "each key once")
    }
    if parsed.count == 2 { parsed[0] = parsed[0].coarsened(to: PlanRun.twoKeyValues) }
    axes = parsed
    guard PlanRequest.confidenceRange.contains(request.confidence) else {
      throw PlanError.badOption(
        option: "--confidence \(NumberFormat.csv(request.confidence))", problem: "out of range",
        allowed: "a share of replications from 0.5 to 0.99")
    }
    confidence = request.confidence
    var overrides = request.overrides
    var planTree = tree
    var window: PlanWindow?
    if let by = request.by {
      guard let care = loaded.design as? CareSetup else {
        throw PlanError.badOption(
          option: "--by \(by)", problem: "a network scenario has no calendar", allowed: "--by with a care scenario")
      }
      let dated = try PlanWindow(by: by, startDate: care.design.startDate, warmupDays: care.design.warmupDays)
      overrides = overrides.filter { $0.key != "horizon" && $0.key != "warmup" } + dated.overrides
      planTree = dated.trimmingChanges(tree)
      byDate = by
      windowStart = dated.windowStart
      window = dated
    } else {
      byDate = nil
      windowStart = nil
    }
    horizonDays = window?.horizonDays
    replications = loaded.projected.replications
    maximumReplications =
      request.maximumReplications > 0
      ? max(replications, request.maximumReplications)
      : min(
        PlanRequest.replicationCap,
        max(replications, replications * PlanRequest.replicationGrowth, PlanRequest.replicationFloor))
    let change = try PlanRun.change(request: request, design: loaded.design, axes: axes, endDay: window?.horizonDays)
    self.change = change
    evaluator = PlanEvaluator(
      path: request.path, tree: planTree, origins: origins, overrides: overrides, axes: axes, targets: targets,
      change: change, options: options, started: started)
    _ = try evaluator.scenario(axes.map(\.currentIndex), replications: replications)
  }
}
