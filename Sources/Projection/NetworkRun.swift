import Foundation
import QueueingNetwork
import Scenario

/// The replications of a network scenario and their summaries.
public struct NetworkRun: Sendable {
  /// The scenario run.
  public let scenario: NetworkScenario
  /// One result per replication, in replication order.
  public let replications: [NetworkReplicationResult]
  /// The output tables and every metric summarised over replications.
  public let tables: ReplicationTables
  /// Every metric summarised over replications, in output order.
  public var summaries: [MetricSummary] { tables.summaries }
  /// Exact values when the network qualifies.
  public let theory: NetworkTheory?
  /// Why there are no exact values, when it does not.
  public let theoryUnavailable: String?
  /// Wall-clock seconds spent running replications.
  public let wallSeconds: Double

  /// Runs the scenario's replications (or enough for `options.precision`).
  public init(scenario: NetworkScenario, options: RunOptions) {
    self.scenario = scenario
    let started = Date()
    let exact = options.records
    let keys = scenario.nodes.map { "node.\($0.name).wait.mean" } + ["system.sojourn.mean"]
    let results = AdaptiveReplications.run(
      fixed: scenario.replications, options: options,
      keyValues: { results in keys.map { key in results.compactMap { $0.metric(key) } } },
      events: \.events, stopped: \.stoppedAtEventLimit,
      body: {
        NetworkSimulation.run(
          scenario, replication: $0, exactPercentiles: exact, customerRecords: exact && $0 == 0, eventLimit: $1)
      })
    replications = results
    eventLimitFailure = EventLimitFailure(
      first: results.firstIndex(where: \.stoppedAtEventLimit), of: results.map(\.events), options: options)
    wallSeconds = Date().timeIntervalSince(started)
    tables = ReplicationTables(
      metrics: results.map(\.metrics), series: results.map(\.series),
      binStarts: results.first?.binStarts ?? [])
    switch NetworkTheory.evaluate(scenario) {
    case .success(let theory):
      self.theory = theory
      theoryUnavailable = nil
    case .failure(let unavailable):
      theory = nil
      theoryUnavailable = unavailable.reason
    }
  }

  /// The summary of a metric by name.
  public func summary(_ metric: String) -> MetricSummary? { summaries.first { $0.name == metric } }

  /// The first replication that stopped at its event limit (its results are incomplete), if any.
  public let eventLimitFailure: EventLimitFailure?

  /// Events over all replications.
  public var totalEvents: Int { replications.reduce(0) { $0 + $1.events } }
}
