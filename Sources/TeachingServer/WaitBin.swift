/// One bar of the wait distribution: the share of people whose wait fell in (from, to].
public struct WaitBin: Encodable, Sendable {
  /// Lower edge (days); the first bar, from 0 to 0, counts people who did not wait at all.
  public let fromDays: Double
  /// Upper edge (days); null for the last, open bar.
  @NullWhenMissing public var toDays: Double?
  /// Words for the page ("no wait", "up to 7 days", ...).
  public let label: String
  /// The share over replications, with its 95% interval.
  public let share: MetricValue
  /// The share in theory (one-step only, when stable).
  @NullWhenMissing public var theory: Double?
}
