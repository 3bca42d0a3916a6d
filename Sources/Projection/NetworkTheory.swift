import QueueingNetwork
import QueueingTheory
import StepwellMetrics

/// Exact steady-state values for a network that qualifies as a Jackson network: Poisson
/// external arrivals, exponential service, constant servers, no queue capacity, no reneging.
public struct NetworkTheory: Sendable {
  /// Metric name and its exact value, for the metrics theory covers.
  public let values: [(name: String, value: Double)]

  /// The theory's value of a metric.
  public func value(_ metric: String) -> Double? { values.first { $0.name == metric }?.value }

  /// The exact values, or the reason there are none.
  public static func evaluate(_ scenario: NetworkDesign) -> Result<NetworkTheory, Unavailable> {
    if let reason = disqualification(scenario) { return .failure(Unavailable(reason: reason)) }
    let nodes = scenario.nodes
    do {
      let network = try jackson(scenario)
      var values: [(name: String, value: Double)] = []
      for (spec, queue) in zip(nodes, network.nodes) {
        let exact: [(NodeMetric, Double)] = [
          (.waitMean, queue.meanWait), (.waitP90, queue.waitQuantile(0.9)),
          (.queueLengthMean, queue.meanQueueLength), (.utilisation, queue.utilisation),
        ]
        values += exact.map { (MetricKey.node(spec.name, $0.0).name, $0.1) }
      }
      values.append((MetricKey.systemSojournMean.name, network.meanSojourn))
      return .success(NetworkTheory(values: values))
    } catch {
      return .failure(Unavailable(reason: "\(error)"))
    }
  }

  /// The Jackson network of a scenario that qualifies (see `disqualification`): Poisson external
  /// arrivals, the routing matrix and exponential service at the servers of time 0.
  static func jackson(_ scenario: NetworkDesign) throws -> JacksonNetwork {
    let nodes = scenario.nodes
    let routing = nodes.map { node in
      nodes.indices.map { target in
        node.routing.filter { $0.target == target }.reduce(0) { $0 + $1.probability }
      }
    }
    return try JacksonNetwork(
      externalArrivalRates: nodes.map { $0.arrivals?.exponentialMean.map { 1 / $0 } ?? 0 },
      routing: routing, serviceMeans: nodes.map { $0.service.mean },
      servers: nodes.map { $0.servers.capacity(at: 0) })
  }

  /// Why a network has no exact values.
  public struct Unavailable: Error, Sendable {
    /// A sentence for the screen and `summary.json`.
    public let reason: String
  }

  static func disqualification(_ scenario: NetworkDesign) -> String? {
    for node in scenario.nodes {
      if let arrivals = node.arrivals, arrivals.exponentialMean == nil {
        return "node \(node.name) has non-Poisson arrivals"
      }
      if node.service.exponentialMean == nil { return "node \(node.name) has non-exponential service" }
      if !node.servers.isConstant { return "node \(node.name) has a server schedule" }
      if node.capacity != nil { return "node \(node.name) has a queue capacity" }
      if node.patience != nil { return "node \(node.name) has reneging" }
    }
    return nil
  }
}
