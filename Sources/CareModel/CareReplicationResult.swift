import SimCore

/// What one care replication produced: metrics in a fixed order, weekly waiting lists, and
/// counts for identities (every person accounted for, Little's law on each list).
public struct CareReplicationResult: ReplicationOutcome {
  /// Metric name and value, in output order.
  public var metrics: [(name: String, value: Double)]
  /// Series name (`service.<id>.waiting_list`) and weekly means.
  public var series: [(name: String, values: [Double])]
  /// The start day of each weekly bin.
  public var binStarts: [Double]
  /// Events handled.
  public var events: Int
  /// True when the replication stopped at its event limit before the horizon (its metrics are
  /// then incomplete and must not be reported).
  public var stoppedAtEventLimit = false
  /// Per-service identities over the post-warm-up period.
  public var lists: [ListIdentity]
  /// Metrics per projection year (name and one value per year), costs included as
  /// `cost.<category>` and `cost.total` (undiscounted, price-year pounds).
  public var yearly: [(name: String, values: [Double])] = []
  /// Waits, recovery and referrals by group: dimension, group, metric, value.
  public var breakdown: [(dimension: String, group: String, metric: String, value: Double)] = []

  /// A yearly series by name.
  public func yearlyValues(_ name: String) -> [Double]? { yearly.first { $0.name == name }?.values }

}

/// Little's law for one waiting list after warm-up: the time-average list length equals the
/// rate of joining times the mean wait, up to edge effects at warm-up and horizon.
public struct ListIdentity: Sendable {
  public var service: String
  /// Time-average number waiting (people).
  public var meanWaiting: Double
  /// Starts per day after warm-up.
  public var startsPerDay: Double
  /// Mean wait of those starts (days).
  public var meanWait: Double
  /// Little's law on a finite run: the days every person spent on the list after warm-up (those
  /// who left it for a place, in remission or in a crisis, and those still on it at the horizon),
  /// per day of the window. It equals `meanWaiting`, the list's own time-average, when the list
  /// and the people on it are kept consistently.
  public var personDaysOnListPerDay: Double
  /// People who left the list after warm-up, per day.
  public var leaversPerDay: Double
  /// Whole-run conservation of the list: everyone who joined was served, left in crisis, or is
  /// still waiting (`joined == served + cancelled + waitingAtEnd`).
  public var joined: Int
  public var served: Int
  public var cancelled: Int
  public var waitingAtEnd: Int
}
