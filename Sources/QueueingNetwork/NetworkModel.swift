import SimCore
import Stochastics

/// One replication's model of an open queueing network: handles `NetworkEvent`s.
///
/// Each node draws from its own streams (arrivals, service, routing, patience, priority) derived
/// from (master seed, replication, "node.NAME.PURPOSE"), so a change at one node leaves the
/// others' arrival streams untouched.
struct NetworkModel: EventHandler {
  typealias Event = NetworkEvent

  let scenario: NetworkDesign
  /// The nodes' states, in scenario order; freed by `deallocate()`.
  var nodes: RecordBuffer<NodeState>
  var customers = CustomerTable()
  var sojourns = Tally(percentiles: true)
  /// External arrivals + routed arrivals + service completions, warm-up included.
  var countedEvents = 0
  /// Customers that left the network after service (whole replication).
  var departures = 0
  /// One record per customer, when asked for.
  var customerRecords: [CustomerRecord]?
  /// The replication's events, when a log was asked for.
  var recorder: EventRecorder?

  init(
    scenario: NetworkDesign, replication: Int, bins: Int = 200, keepWaits: Bool = false,
    keepRecords: Bool = false, log: EventLogRequest? = nil
  ) {
    self.scenario = scenario
    customerRecords = keepRecords ? [] : nil
    recorder = log.map { EventRecorder(until: $0.until, limit: $0.limit, nodes: scenario.nodes.count) }
    nodes = RecordBuffer(
      scenario.nodes.map {
        NodeState(
          node: $0, seed: scenario.seed, replication: replication, horizon: scenario.horizon,
          bins: bins, keepWaits: keepWaits)
      })
  }

  /// Frees the node and customer storage once the results are taken; the model must not be
  /// used afterwards.
  func deallocate() {
    nodes.deallocate()
    customers.deallocate()
  }

  /// Schedules the first events: arrivals, schedule changes, warm-up end, and the backlog.
  mutating func start(in simulation: inout Simulation<NetworkEvent>) {
    for (index, node) in scenario.nodes.enumerated() {
      if let first = nodes[index].nextArrivalGap() {
        simulation.schedule(.arrival(node: Int32(index)), at: first, priority: NetworkEventPriority.arrival)
      }
      if let change = node.servers.nextChange(after: 0) {
        simulation.schedule(
          .capacityChange(node: Int32(index)), at: change, priority: NetworkEventPriority.capacityChange)
      }
    }
    if scenario.warmup > 0 {
      simulation.schedule(.warmupEnd, at: scenario.warmup, priority: NetworkEventPriority.warmupEnd)
    }
    for (index, node) in scenario.nodes.enumerated() {
      for _ in 0..<node.backlog {
        let customer = customers.admit(at: 0)
        join(customer, node: index, in: &simulation)
      }
    }
  }

  mutating func handle(_ event: NetworkEvent, in simulation: inout Simulation<NetworkEvent>) {
    switch event {
    case .arrival(let node):
      arrive(at: Int(node), in: &simulation)
    case .completion(let node, let customer):
      complete(customer, at: Int(node), in: &simulation)
    case .renege(let customer, let token):
      renege(customer, token: token, at: simulation.now)
    case .capacityChange(let node):
      changeCapacity(of: Int(node), in: &simulation)
    case .warmupEnd:
      endWarmup(at: simulation.now)
    }
  }
}
