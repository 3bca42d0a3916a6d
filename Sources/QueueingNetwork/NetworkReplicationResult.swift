/// What one replication of a network produced: metrics in a fixed order, time series, and
/// whole-run counts for exact identities (conservation, Little's law).
public struct NetworkReplicationResult: Sendable {
  /// Metric name and value, in the order they are written.
  public var metrics: [(name: String, value: Double)]
  /// Series name and its bin means (queue length per node).
  public var series: [(name: String, values: [Double])]
  /// The start time of each time-series bin.
  public var binStarts: [Double]
  /// Whole-replication counts per node, in node order.
  public var totals: [NodeTotals]
  /// Customers that entered the network (external arrivals and backlog).
  public var entered: Int
  /// Customers that left after service.
  public var departed: Int
  /// Customers still in the network at the horizon (waiting or in service).
  public var inSystem: Int
  /// Customers waiting (not in service) at the horizon, per node.
  public var waitingAtEnd: [Int]
  /// Customers in service at the horizon, per node.
  public var inServiceAtEnd: [Int]
  /// External arrivals + routed arrivals + service completions, warm-up included.
  public var events: Int
  /// True when the replication stopped at its event limit before the horizon (its metrics are
  /// then incomplete and must not be reported).
  public var stoppedAtEventLimit = false
  /// One record per customer who entered, in order of entering; empty unless asked for.
  public var customerRecords: [CustomerRecord] = []
  /// The replication's arrivals, starts and ends in time order, when a log was asked for.
  public var eventLog: [LoggedEvent] = []
  /// True when the log's count limit cut it short.
  public var eventLogTruncated = false

  /// Lost plus reneged over all nodes (whole replication).
  public var lostOrReneged: Int { totals.reduce(0) { $0 + $1.lost + $1.reneged } }
}
