import Foundation
import SimCore

/// The replications of any model's design and their summaries: one run type for every model.
public struct ModelRun<Design: ModelDesign>: Sendable {
  /// The design run.
  public let design: Design
  /// The state every replication shared.
  public let world: Design.World
  /// One result per replication, in replication order.
  public let replications: [Design.Outcome]
  /// The output tables and every metric summarised over replications.
  public let tables: ReplicationTables
  /// Wall-clock seconds for the replications (building the world excluded).
  public let wallSeconds: Double
  /// Seconds spent building the world.
  public let worldSeconds: Double
  /// The first replication that stopped at its event limit (its results are incomplete), if any.
  public let eventLimitFailure: EventLimitFailure?
  /// Whether the warm-up looks long enough (MSER-5 on the run's series).
  public let warmupCheck: WarmupCheck
  /// The `--set` overrides the design was loaded with, as typed (`services.step3.wte=22`):
  /// empty for the scenario as written. Titles and `summary.json` name them.
  public var overrides: [String] = []

  /// The design's name, with the overrides when there are any: the title of its outputs.
  public var title: String { OverrideNaming.title(design.name, overrides: overrides) }

  /// Builds the world and runs the design's replications (or enough for `options.precision`).
  public init(design: Design, options: RunOptions) {
    self.design = design
    let built = Date()
    let world = design.makeWorld()
    self.world = world
    worldSeconds = Date().timeIntervalSince(built)
    let started = Date()
    let keys = design.keyMetrics
    let records = options.records
    let results = AdaptiveReplications.run(
      fixed: design.replications, options: options,
      keyValues: { results in keys.map { key in results.compactMap { $0.metric(key) } } },
      events: \.events, stopped: \.stoppedAtEventLimit,
      body: { design.runReplication($0, in: world, records: records, eventLimit: $1) })
    replications = results
    eventLimitFailure = EventLimitFailure(
      first: results.firstIndex(where: \.stoppedAtEventLimit), of: results.map(\.events), options: options)
    wallSeconds = Date().timeIntervalSince(started)
    tables = ReplicationTables(
      metrics: results.map(\.metrics), series: results.map(\.series), binStarts: results.first?.binStarts ?? [])
    warmupCheck = WarmupCheck(tables: tables, warmup: design.warmup, timeUnit: design.timeUnit)
  }

  /// Every metric summarised over replications, in output order.
  public var summaries: [MetricSummary] { tables.summaries }

  /// The summary of a metric by name.
  public func summary(_ metric: String) -> MetricSummary? { tables.summary(metric) }

  /// Events over all replications.
  public var totalEvents: Int { replications.reduce(0) { $0 + $1.events } }
}
