import CareModel
import Foundation
import Scenario

/// What one board's replications produced, serialisable: a work item's result, the only thing a
/// national run keeps of a board (its population and lists are dropped when it finishes).
///
/// A board's result depends only on its scenario (seed from the national seed and its code),
/// never on the order of the boards or the thread count, so results from separate processes or
/// machines merge into the same national outputs.
public struct BoardResult: Sendable, Codable {
  /// The board's plan: area, code, size, capacity scale and seed.
  public let plan: BoardPlan
  /// Metric names, in output order.
  public let metricNames: [String]
  /// Each replication's metric values, in `metricNames` order.
  public let metrics: [[Double]]
  /// Series names (`service.<id>.waiting_list`).
  public let seriesNames: [String]
  /// Each replication's series: weekly means, in `seriesNames` order.
  public let series: [[[Double]]]
  /// The start day of each weekly bin.
  public let binStarts: [Double]
  /// Events over the board's replications.
  public let events: Int
  /// The first replication (0-based) that stopped at its event limit, if any.
  public let stoppedReplication: Int?

  public init(
    plan: BoardPlan, metricNames: [String], metrics: [[Double]], seriesNames: [String], series: [[[Double]]],
    binStarts: [Double], events: Int, stoppedReplication: Int? = nil
  ) {
    self.plan = plan
    self.metricNames = metricNames
    self.metrics = metrics
    self.seriesNames = seriesNames
    self.series = series
    self.binStarts = binStarts
    self.events = events
    self.stoppedReplication = stoppedReplication
  }

  /// Runs the board's scenario (`scenario` must be a care scenario) on one thread.
  public static func run(_ scenario: LoadedScenario, plan: BoardPlan, options: RunOptions) -> BoardResult {
    guard let setup = scenario.design as? CareSetup else {
      preconditionFailure("a board's scenario is a care scenario")
    }
    var single = options
    single.threads = 1
    single.precision = nil
    single.progress = nil
    let run = CareRun(design: setup, options: single)
    return BoardResult(run: run, plan: plan)
  }

  /// The result of a finished board run.
  public init(run: CareRun, plan: BoardPlan) {
    let first = run.replications.first
    self.init(
      plan: plan, metricNames: first?.metrics.map(\.name) ?? [],
      metrics: run.replications.map { $0.metrics.map(\.value) }, seriesNames: first?.series.map(\.name) ?? [],
      series: run.replications.map { $0.series.map(\.values) }, binStarts: first?.binStarts ?? [],
      events: run.totalEvents, stoppedReplication: run.replications.firstIndex(where: \.stoppedAtEventLimit))
  }

  /// The value of `metric` in each replication.
  public func values(_ metric: String) -> [Double]? {
    metricNames.firstIndex(of: metric).map { index in metrics.map { $0[index] } }
  }

  /// The board's summaries, as a run of the board alone would write them.
  public var tables: ReplicationTables {
    ReplicationTables(
      metrics: metrics.map { Array(zip(metricNames, $0)).map { (name: $0.0, value: $0.1) } },
      series: series.map { Array(zip(seriesNames, $0)).map { (name: $0.0, values: $0.1) } }, binStarts: binStarts)
  }

  /// How JSON writes the values JSON has no number for (a mean with nobody to average).
  static let nonFinite = (positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")

  /// The result as JSON (for a shard written by one process and merged by another); every
  /// value round-trips exactly.
  public func encoded() throws -> Data {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    encoder.nonConformingFloatEncodingStrategy = .convertToString(
      positiveInfinity: Self.nonFinite.positiveInfinity, negativeInfinity: Self.nonFinite.negativeInfinity,
      nan: Self.nonFinite.nan)
    return try encoder.encode(self)
  }

  /// A result read back from `encoded()`.
  public static func decoded(_ data: Data) throws -> BoardResult {
    let decoder = JSONDecoder()
    decoder.nonConformingFloatDecodingStrategy = .convertFromString(
      positiveInfinity: nonFinite.positiveInfinity, negativeInfinity: nonFinite.negativeInfinity, nan: nonFinite.nan)
    return try decoder.decode(BoardResult.self, from: data)
  }
}

extension BoardResult: Equatable {
  /// Equal when every field is, values compared bit for bit (so NaN equals NaN: two runs that
  /// both had nobody to average agree).
  public static func == (lhs: BoardResult, rhs: BoardResult) -> Bool {
    func same(_ a: [Double], _ b: [Double]) -> Bool {
      a.count == b.count && zip(a, b).allSatisfy { $0.bitPattern == $1.bitPattern }
    }
    return lhs.plan == rhs.plan && lhs.metricNames == rhs.metricNames && lhs.seriesNames == rhs.seriesNames
      && lhs.events == rhs.events && lhs.stoppedReplication == rhs.stoppedReplication
      && same(lhs.binStarts, rhs.binStarts) && lhs.metrics.count == rhs.metrics.count
      && zip(lhs.metrics, rhs.metrics).allSatisfy { same($0, $1) } && lhs.series.count == rhs.series.count
      && zip(lhs.series, rhs.series).allSatisfy { a, b in a.count == b.count && zip(a, b).allSatisfy { same($0, $1) } }
  }
}
