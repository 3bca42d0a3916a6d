/// One bar of the wait distribution: the share of people whose wait fell in (from, to].
public struct WaitBin: Encodable, Sendable {
  /// Lower edge (days); the first bar, from 0 to 0, counts people who did not wait at all.
  public let fromDays: Double
  /// Upper edge (days); null for the last, open bar.
  public let toDays: Double?
  /// Words for the page ("no wait", "up to 7 days", ...).
  public let label: String
  /// The share over replications, with its 95% interval.
  public let share: MetricValue
  /// The share in theory (one-step only, when stable).
  public let theory: Double?

  enum CodingKeys: String, CodingKey {
    case fromDays, toDays, label, share, theory
  }

  /// Writes every key, with null for a missing value.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(fromDays, forKey: .fromDays)
    try container.encode(toDays, forKey: .toDays)
    try container.encode(label, forKey: .label)
    try container.encode(share, forKey: .share)
    try container.encode(theory, forKey: .theory)
  }
}
