import CareModel
import Foundation
import Scenario

/// `stepwell sweep`: one scenario run at every point of a grid of one or two keys, all with the
/// same seed, so the points share their random numbers (common random numbers) and the curve of
/// a metric against the parameter is smooth rather than noisy.
public struct SweepRun: Sendable {
  /// The results at one point.
  public struct PointResult: Sendable {
    /// The point.
    public let point: SweepGrid.Point
    /// Every metric summarised over the point's replications, in output order.
    public let summaries: [MetricSummary]
    /// Replications run at this point.
    public let replications: Int
    /// Events at this point, over all replications.
    public let events: Int
    /// Wall-clock seconds at this point.
    public let wallSeconds: Double
    /// Set when a replication at this point stopped at its event limit.
    public var eventLimitFailure: EventLimitFailure? = nil

    /// The summary of a metric by name.
    public func summary(_ metric: String) -> MetricSummary? { summaries.first { $0.name == metric } }
  }

  /// The scenario file.
  public let file: String
  /// The scenario's name.
  public let name: String
  /// Which metrics the screen table and the chart show for this model.
  public let presentation: SweepPresentation
  /// The time unit waits are in ("days" for care).
  public let timeUnit: String
  /// The master seed every point used.
  public let seed: UInt64
  /// The swept keys and points.
  public let grid: SweepGrid
  /// One result per point, in grid order.
  public let results: [PointResult]

  /// The output folder's default name: `sweep-<name>`.
  public var folderName: String { "sweep-\(name)" }

  /// The default folder name of a sweep over `scenarios`, known before it runs.
  public static func folderName(for scenarios: [LoadedScenario]) -> String {
    "sweep-\(scenarios.first?.name ?? "sweep")"
  }

  /// Loads (and so validates) the scenario at every point before anything runs.
  ///
  /// A key that does not exist or a value the scenario refuses throws the scenario's error,
  /// reworded by `naming` to name the range argument and the point.
  public static func load(path: String, grid: SweepGrid, overrides: [SetOverride]) throws -> [LoadedScenario] {
    try grid.points.map { point in
      do {
        return try LoadedScenario.load(path: path, overrides: overrides + point.overrides)
      } catch let error as ScenarioError {
        throw SweepRun.naming(error, grid: grid, point: point)
      }
    }
  }

  /// A scenario error at one point, reworded to name the range argument when it is about a
  /// swept key (so the message shows what was typed, not the single value).
  static func naming(_ error: ScenarioError, grid: SweepGrid, point: SweepGrid.Point) -> ScenarioError {
    switch error {
    case .badOverride(let argument, let problem, let allowed):
      let key = argument.split(separator: "=", maxSplits: 1).first.map(String.init)
      let range = grid.axes.first { $0.key == key }?.argument ?? argument
      return .badOverride(argument: range, problem: problem, allowed: allowed)
    case .invalid(_, let keyPath, _, let problem, let allowed):
      guard let index = grid.axes.firstIndex(where: { $0.key == keyPath }) else { return error }
      return .badOverride(
        argument: grid.axes[index].argument, problem: "at \(keyPath)=\(point.texts[index]): \(problem)",
        allowed: allowed)
    default:
      return error
    }
  }

  /// Runs every point in order (each point's replications in parallel).
  ///
  /// - Parameters:
  ///   - scenarios: one loaded scenario per point, as `load` returns them.
  ///   - pointStarted: called before each point with (index from 0, count); it returns the
  ///     replication progress reporter for that point (replacing `options.progress`).
  public init(
    file: String, scenarios: [LoadedScenario], grid: SweepGrid, options: RunOptions,
    pointStarted: ((Int, Int) -> (@Sendable (Int, Int) -> Void)?)? = nil
  ) {
    self.file = file
    self.grid = grid
    name = scenarios.first?.name ?? "sweep"
    var results: [PointResult] = []
    for (index, (point, scenario)) in zip(grid.points, scenarios).enumerated() {
      var options = options
      if let pointStarted { options.progress = pointStarted(index, grid.points.count) }
      let run = scenario.projected.run(options: options)
      results.append(
        PointResult(
          point: point, summaries: run.tables.summaries, replications: run.replicationCount, events: run.totalEvents,
          wallSeconds: run.wallSeconds, eventLimitFailure: run.eventLimitFailure))
      if run.eventLimitFailure != nil { break }
    }
    self.results = results
    let first = scenarios.first?.projected
    presentation = first.map { type(of: $0).sweepPresentation } ?? CareSetup.sweepPresentation
    timeUnit = first?.timeUnit ?? "days"
    seed = first?.seed ?? 0
  }

  /// The first point's failure to finish within the event budget, if any.
  public var eventLimitFailure: EventLimitFailure? { results.lazy.compactMap(\.eventLimitFailure).first }

  /// Events over all points.
  public var totalEvents: Int { results.reduce(0) { $0 + $1.events } }

  /// Wall-clock seconds over all points.
  public var wallSeconds: Double { results.reduce(0) { $0 + $1.wallSeconds } }

  /// The metrics that any point has, in first-seen order.
  public var metricNames: [String] {
    var seen = Set<String>()
    var names: [String] = []
    for result in results {
      for summary in result.summaries where seen.insert(summary.name).inserted { names.append(summary.name) }
    }
    return names
  }
}
