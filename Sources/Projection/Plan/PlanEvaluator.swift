import Foundation
import Scenario
import Yams

/// Runs a scenario at one point of a plan's grid and judges every replication against the
/// targets. Every point uses the same master seed, so replication i sees the same people and
/// random numbers at every value (common random numbers).
final class PlanEvaluator {
  /// The scenario file.
  let path: String
  /// The scenario as read (extends merged), with where each key was written.
  let tree: Node
  let origins: ScenarioOrigins
  /// Overrides every point shares (`--set`, options and the run length of `--by`).
  let overrides: [SetOverride]
  /// The varied keys.
  let axes: [PlanAxis]
  /// The targets.
  let targets: [PlanTarget]
  /// When set, the varied values apply from this date as a dated change (care).
  let change: PlannedChange?
  /// Threads and progress.
  let options: RunOptions
  /// Called before each evaluation with the values' text and the replications.
  let started: (([String], Int) -> Void)?
  /// Events and wall seconds over every evaluation.
  private(set) var events = 0
  private(set) var wallSeconds = 0.0
  /// Evaluations run (a point refined with more replications counts again).
  private(set) var evaluations = 0
  /// Why the scenario refused a point, by the values' text joined with commas.
  private(set) var refusals: [String: String] = [:]
  /// The items folder evaluations are read from (and, when it may run them, written to).
  var items: PlanItemSource?

  init(
    path: String, tree: Node, origins: ScenarioOrigins, overrides: [SetOverride], axes: [PlanAxis],
    targets: [PlanTarget], change: PlannedChange?, options: RunOptions, started: (([String], Int) -> Void)?
  ) {
    self.change = change
    self.path = path
    self.tree = tree
    self.origins = origins
    self.overrides = overrides
    self.axes = axes
    self.targets = targets
    self.options = options
    self.started = started
  }

  /// The scenario with the varied keys at grid `indices` and `replications` replications.
  func scenario(_ indices: [Int], replications: Int) throws -> LoadedScenario {
    var point = overrides
    var tree = self.tree
    let values = zip(axes, indices).map { (key: $0.key, text: $0.text($1)) }
    if let change {
      tree = change.applied(to: tree, values: values)
    } else {
      for value in values { point.append(try SetOverride("\(value.key)=\(value.text)")) }
    }
    point.append(try SetOverride("replications=\(replications)"))
    return try LoadedScenario.load(tree: tree, origins: origins, path: path, overrides: point)
  }

  /// Runs grid `indices` with `replications` replications; nil when the scenario refuses the
  /// values (for example too few WTE for a list per clinician).
  func evaluate(_ indices: [Int], replications: Int) throws -> PlanPoint? {
    let loaded: LoadedScenario
    do { loaded = try scenario(indices, replications: replications) } catch let error as ScenarioError {
      refusals[zip(axes, indices).map { $0.text($1) }.joined(separator: ",")] = error.description
      return nil
    }
    let item = PlanSetup.item(axes: axes, indices: indices, replications: replications)
    if let items, let stored = try items.store.result(PlanPoint.self, id: item.id) {
      items.present += 1
      count(stored)
      return stored
    }
    if let items, !items.runsMissing { throw PlanItemSource.Pending(item: item) }
    started?(zip(axes, indices).map { $0.text($1) }, replications)
    let run = loaded.projected.run(options: options)
    if let failure = run.eventLimitFailure { throw failure }
    let evaluated = try point(indices, run: run)
    if let items {
      try items.store.save(evaluated, id: item.id)
      items.ran += 1
    }
    count(evaluated)
    return evaluated
  }

  /// Adds an evaluation to the totals.
  private func count(_ point: PlanPoint) {
    evaluations += 1
    events += point.events
    wallSeconds += point.wallSeconds
  }

  /// Judges each replication of `run` against every target.
  func point(_ indices: [Int], run: any ProjectedRun) throws -> PlanPoint {
    let metrics = run.tables.metrics
    let names = metrics.first?.map(\.name) ?? []
    let columns = try targets.map { target throws -> Int in
      guard let column = names.firstIndex(of: target.metric) else {
        throw PlanError.badTarget(
          argument: target.argument, problem: "this scenario does not write \(target.metric)",
          allowed: "a metric in this scenario's metrics.csv (run it once to see them)")
      }
      return column
    }
    var successes = 0
    var targetSuccesses = Array(repeating: 0, count: targets.count)
    for replication in metrics {
      var all = true
      for (position, (target, column)) in zip(targets, columns).enumerated() {
        if target.holds(replication[column].value) {
          targetSuccesses[position] += 1
        } else {
          all = false
        }
      }
      if all { successes += 1 }
    }
    return PlanPoint(
      indices: indices, texts: zip(axes, indices).map { $0.text($1) },
      values: zip(axes, indices).map { $0.value($1) }, replications: metrics.count, successes: successes,
      targetSummaries: columns.map { run.tables.summaries[$0] }, targetSuccesses: targetSuccesses,
      cost: run.tables.summary(PlanEvaluator.costMetric), summaries: run.tables.summaries, events: run.totalEvents,
      wallSeconds: run.wallSeconds)
  }

  /// The cash cost a plan minimises over two keys.
  static let costMetric = "cost.total.per_year"
}
