/// The kind of scenario whose runs emit a metric.
public enum MetricModel: String, Sendable, CaseIterable {
  /// Care scenarios (`model: care`).
  case care
  /// Queueing networks (`model: network`).
  case network
}
