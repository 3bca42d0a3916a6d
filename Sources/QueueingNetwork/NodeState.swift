import Scenario
import SimCore
import Stochastics

/// The state and statistics of one network node during a replication.
struct NodeState {
  var pool: ServerPool
  var queue: WaitingList<QueueTicket>
  var queueLevel = TimeWeightedLevel()
  /// The queue length over the whole replication (never reset), for Little's law.
  var wholeRunQueue = TimeWeightedLevel()
  var queueSeries: LevelTimeSeries
  var busySeries: LevelTimeSeries
  var waits: Tally
  /// Counters since the end of warm-up.
  var completions = 0
  var lost = 0
  var reneged = 0
  /// Counters over the whole replication, for conservation checks.
  var totals = NodeTotals()

  init(node: NetworkNode, horizon: Double, bins: Int, keepWaits: Bool) {
    pool = ServerPool(capacity: node.servers.capacity(at: 0))
    queue = WaitingList(discipline: node.discipline, capacity: node.capacity)
    queueSeries = LevelTimeSeries(horizon: horizon, bins: bins)
    busySeries = LevelTimeSeries(horizon: horizon, bins: bins)
    waits = Tally(percentiles: true, keepsValues: keepWaits)
  }

  mutating func resetStatistics(at now: Double) {
    pool.resetStatistics(at: now)
    queueLevel.reset(at: now)
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
