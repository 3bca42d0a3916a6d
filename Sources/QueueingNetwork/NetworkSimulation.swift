import SimCore
import StepwellMetrics

/// Runs replications of a network scenario.
public enum NetworkSimulation {
  /// Runs replication `replication` (0-based) of `scenario` to its horizon.
  ///
  /// - Parameters:
  ///   - bins: the number of time-series bins over [0, horizon] (200 in every run, docs/outputs.md).
  ///   - exactPercentiles: keep every wait so percentiles are exact (memory grows).
  ///   - customerRecords: keep one `CustomerRecord` per customer (memory grows).
  ///   - log: record the replication's arrivals, starts and ends up to a time and a count.
  public static func run(
    _ scenario: NetworkDesign, replication: Int, bins: Int = 200, exactPercentiles: Bool = false,
    customerRecords: Bool = false, eventLimit: Int = .max, log: EventLogRequest? = nil
  ) -> NetworkReplicationResult {
    var model = NetworkModel(
      scenario: scenario, replication: replication, bins: bins, keepWaits: exactPercentiles,
      keepRecords: customerRecords, log: log)
    defer { model.deallocate() }
    var simulation = Simulation<NetworkEvent>(expectedPendingEvents: 1024)
    model.start(in: &simulation)
    let finished = simulation.run(&model, until: scenario.horizon, eventLimit: eventLimit)
    var result = model.result(at: scenario.horizon)
    result.stoppedAtEventLimit = !finished
    return result
  }
}

extension NetworkModel {
  func result(at end: Double) -> NetworkReplicationResult {
    var metrics: [(name: String, value: Double)] = []
    var series: [(name: String, values: [Double])] = []
    var totals: [NodeTotals] = []
    for (index, spec) in scenario.nodes.enumerated() {
      let node = nodes[index]
      func add(_ metric: NodeMetric, _ value: Double) {
        metrics.append((MetricKey.node(spec.name, metric).name, value))
      }
      add(.waitMean, node.waits.mean)
      add(.waitP90, node.waits.quantile(0.9) ?? 0)
      add(.queueLengthMean, node.meanQueueLength(at: end))
      add(.utilisation, node.pool.utilisation(at: end))
      add(.completions, Double(node.completions))
      add(.lost, Double(node.lost))
      add(.reneged, Double(node.reneged))
      series.append((SeriesKey.queueLength(node: spec.name).name, node.queueSeries.binMeans(closingAt: end)))
      var total = node.totals
      total.queueArea = node.queueLevel.integral(at: end)
      totals.append(total)
    }
    metrics.append((MetricKey.systemSojournMean.name, sojourns.mean))
    metrics.append((MetricKey.engineEvents.name, Double(countedEvents)))
    let waiting = (0..<nodes.count).map { nodes[$0].queue.count }
    let busy = (0..<nodes.count).map { nodes[$0].pool.busy }
    var records = customerRecords ?? []
    if customerRecords != nil {
      for record in customers.records.elements where record.inNetwork {
        records.append(CustomerRecord(record, outcome: .inSystem, left: nil))
      }
      records.sort { $0.customer < $1.customer }
    }
    return NetworkReplicationResult(
      metrics: metrics, series: series, binStarts: nodes.isEmpty ? [] : nodes[0].queueSeries.binStarts,
      totals: totals, entered: customers.admitted,
      departed: departures, inSystem: customers.inSystem, waitingAtEnd: waiting,
      inServiceAtEnd: busy, events: countedEvents, customerRecords: records,
      eventLog: recorder?.events ?? [], eventLogTruncated: recorder?.truncated ?? false)
  }
}

/// How much of a replication to log: events up to `until` (the scenario's time unit), at most
/// `limit` of them.
public struct EventLogRequest: Sendable, Equatable {
  public let until: Double
  public let limit: Int

  public init(until: Double, limit: Int) {
    self.until = until
    self.limit = limit
  }
}
