/// The metrics every node of a queueing network has, as the suffix after `node.<name>.`.
public enum NodeMetric: String, Sendable, CaseIterable {
  /// Mean time from joining the queue to starting service (time units).
  case waitMean = "wait.mean"
  /// 90th percentile of the same waits (time units).
  case waitP90 = "wait.p90"
  /// Time-average number waiting, excluding those in service (customers).
  case queueLengthMean = "queue_length.mean"
  /// Time-average busy servers / servers on duty (share).
  case utilisation
  /// Service completions (customers).
  case completions
  /// Arrivals turned away by a full queue (customers).
  case lost
  /// Customers who left the queue out of patience.
  case reneged
}
