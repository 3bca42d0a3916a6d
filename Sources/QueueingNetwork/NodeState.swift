import SimCore
import Stochastics

/// The state, statistics, settings and random streams of one network node during a replication.
///
/// The settings the hot path needs are copied here from the scenario so that each event touches
/// one struct; each change is one mutating call on the node.
struct NodeState {
  let arrivals: Distribution?
  let service: Distribution
  let patience: Distribution?
  let priority: Distribution?
  let routes: [NetworkNode.Route]
  let arrivalStream: RandomStream
  let serviceStream: RandomStream
  let routingStream: RandomStream
  let patienceStream: RandomStream
  let priorityStream: RandomStream

  var pool: ServerPool
  var queue: WaitingList<QueueTicket>
  /// The queue length over the whole replication (never reset), for Little's law.
  var queueLevel = TimeWeightedLevel()
  /// The queue-length integral and time at the end of warm-up.
  var queueAreaAtWarmup = 0.0
  var warmupEnd = 0.0
  var queueSeries: LevelTimeSeries
  var waits: Tally
  /// Counters since the end of warm-up.
  var completions = 0
  var lost = 0
  var reneged = 0
  /// Counters over the whole replication, for conservation checks.
  var totals = NodeTotals()

  /// The purposes of a node's streams, in the order of the stored streams.
  static let purposes = ["arrivals", "service", "routing", "patience", "priority"]

  init(node: NetworkNode, seed: UInt64, replication: Int, horizon: Double, bins: Int, keepWaits: Bool) {
    let streams = NodeState.purposes.map {
      RandomStream(master: seed, replication: replication, purpose: "node.\(node.name).\($0)")
    }
    arrivals = node.arrivals
    service = node.service
    patience = node.patience
    priority = node.priority
    routes = node.routing
    arrivalStream = streams[0]
    serviceStream = streams[1]
    routingStream = streams[2]
    patienceStream = streams[3]
    priorityStream = streams[4]
    pool = ServerPool(capacity: node.servers.capacity(at: 0))
    queue = WaitingList(discipline: node.discipline, capacity: node.capacity)
    queueSeries = LevelTimeSeries(horizon: horizon, bins: bins)
    waits = Tally(percentiles: true, keepsValues: keepWaits)
  }

  /// A customer who waited `wait` starts service at `now`; returns the service time.
  @inline(__always)
  mutating func startService(wait: Double, at now: Double) -> Double {
    waits.record(wait)
    totals.starts &+= 1
    totals.waitSum += wait
    pool.seize(at: now)
    return Swift.max(0, service.sample(serviceStream))
  }

  /// A service ends at `now`.
  mutating func completeService(at now: Double) {
    completions &+= 1
    totals.completions &+= 1
    pool.release(at: now)
  }

  /// Puts a customer in the queue; false when the queue is full (the customer is lost).
  mutating func enqueue(_ ticket: QueueTicket, at now: Double) -> Bool {
    var rank = 0
    if let priority { rank = NodeState.priorityClass(priority.sample(priorityStream)) }
    guard queue.append(ticket, priority: rank) else {
      lost &+= 1
      totals.lost &+= 1
      return false
    }
    queueChanged(at: now)
    return true
  }

  /// The time to the next external arrival, or nil without external arrivals.
  mutating func nextArrivalGap() -> Double? {
    guard let arrivals else { return nil }
    return Swift.max(0, arrivals.sample(arrivalStream))
  }

  /// How long a customer who just joined the queue will wait, or nil for ever.
  mutating func patienceDelay() -> Double? {
    guard let patience else { return nil }
    return Swift.max(0, patience.sample(patienceStream))
  }

  /// Records a new queue length at `now`.
  @inline(__always)
  mutating func queueChanged(at now: Double) {
    let length = Double(queue.count)
    queueLevel.update(to: length, at: now)
    queueSeries.update(to: length, at: now)
  }

  /// A waiting customer gives up at `now`.
  mutating func renege(at now: Double) {
    queue.cancelOne()
    reneged &+= 1
    totals.reneged &+= 1
    queueChanged(at: now)
  }

  /// The next node after service, or nil to leave.
  ///
  /// Marked `mutating` (it changes nothing but the stream) so the call runs on the array element
  /// in place; a non-mutating call through `nodes[i]` may copy the whole node.
  mutating func route() -> Int? {
    guard !routes.isEmpty else { return nil }
    var u = routingStream.uniform()
    for route in routes {
      if u < route.probability { return route.target }
      u -= route.probability
    }
    return nil
  }

  /// The time-average queue length from the end of warm-up to `now`.
  func meanQueueLength(at now: Double) -> Double {
    let span = now - warmupEnd
    return span > 0 ? (queueLevel.integral(at: now) - queueAreaAtWarmup) / span : queueLevel.value
  }

  mutating func resetStatistics(at now: Double) {
    pool.resetStatistics(at: now)
    queueAreaAtWarmup = queueLevel.integral(at: now)
    warmupEnd = now
    waits.reset()
    completions = 0
    lost = 0
    reneged = 0
  }
}

/// Whole-replication counts at one node (warm-up included), for exact identities.
public struct NodeTotals: Sendable, Equatable {
  /// Customers that joined the node (external, routed or backlog).
  public var arrivals = 0
  /// Customers that started service.
  public var starts = 0
  /// Customers whose service ended.
  public var completions = 0
  /// Customers turned away by a full queue.
  public var lost = 0
  /// Customers that left the queue out of patience.
  public var reneged = 0
  /// The sum of waits of customers who started service.
  public var waitSum = 0.0
  /// The area under the queue-length curve over the whole replication.
  public var queueArea = 0.0
}

extension NodeState {
  /// The highest priority class (lower classes are served first); draws above it are cut to it.
  static let maximumPriorityClass = 65_535

  /// A drawn priority as a class from 0 to `maximumPriorityClass`, rounded to the nearest whole
  /// class; negative draws and draws that are not a number are class 0.
  static func priorityClass(_ drawn: Double) -> Int {
    let rounded = drawn.rounded()
    guard rounded > 0 else { return 0 }
    return rounded < Double(maximumPriorityClass) ? Int(rounded) : maximumPriorityClass
  }
}
