import CareModel
import Foundation
import Scenario

extension SweepRun {
  /// What one sweep point's item holds: every metric summarised over the point's replications.
  public struct StoredPoint: Codable, Sendable {
    /// Every metric, in output order.
    public let summaries: [MetricSummary]
    /// Replications run at the point.
    public let replications: Int
    /// Events over the point's replications.
    public let events: Int
    /// Wall-clock seconds at the point.
    public let wallSeconds: Double
  }

  /// A sweep as work items: one per point (`point-0001` is the grid's first point), each running
  /// every replication of its point with the sweep's master seed.
  public struct Work: ShardedWork {
    /// The scenario at each point, as `SweepRun.load` returns them.
    public let scenarios: [LoadedScenario]
    /// The grid.
    public let grid: SweepGrid
    /// Threads and event budgets (progress is not reported).
    public let options: RunOptions

    public init(scenarios: [LoadedScenario], grid: SweepGrid, options: RunOptions) {
      self.scenarios = scenarios
      self.grid = grid
      var quiet = options
      quiet.progress = nil
      self.options = quiet
    }

    public var workItems: [WorkItem] {
      grid.points.enumerated().map { index, point in
        WorkItem(
          id: "point-\(WorkItem.number(index + 1))",
          description: point.overrides.map(\.argument).joined(separator: ", "))
      }
    }

    public var runsItemsInParallel: Bool { false }

    public func runItem(_ index: Int) throws -> StoredPoint {
      let run = scenarios[index].projected.run(options: options)
      if let failure = run.eventLimitFailure { throw failure }
      return StoredPoint(
        summaries: run.tables.summaries, replications: run.replicationCount, events: run.totalEvents,
        wallSeconds: run.wallSeconds)
    }

    /// The fingerprint: the first point's effective scenario, the swept ranges and the run options.
    public var fingerprint: CommandFingerprint {
      CommandFingerprint(
        command: "sweep",
        options: grid.axes.map { "swept \($0.argument)" } + CommandFingerprint.options(options),
        scenarios: scenarios.prefix(1).map(\.effectiveYAML))
    }
  }

  /// The sweep made from its points' stored results (in grid order), as a single run makes it.
  public init(file: String, scenarios: [LoadedScenario], grid: SweepGrid, stored: [StoredPoint]) {
    self.file = file
    self.grid = grid
    name = scenarios.first?.name ?? "sweep"
    results = zip(grid.points, stored).map { point, item in
      PointResult(
        point: point, summaries: item.summaries, replications: item.replications, events: item.events,
        wallSeconds: item.wallSeconds)
    }
    let first = scenarios.first?.projected
    presentation = first.map { type(of: $0).sweepPresentation } ?? CareSetup.sweepPresentation
    timeUnit = first?.timeUnit ?? "days"
    seed = first?.seed ?? 0
  }
}
