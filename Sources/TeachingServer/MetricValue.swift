import Projection

/// One metric over replications: mean and 95% t interval; null in JSON where there is no value.
public struct MetricValue: Encodable, Sendable, Equatable {
  /// A stable key for scripts (`wait_mean_days`, ...).
  public let key: String
  /// Words for the page.
  public let label: String
  /// The unit (`days`, `share`, `people`, ...).
  public let unit: String
  @NullWhenMissing public var mean: Double?
  @NullWhenMissing public var ciLow: Double?
  @NullWhenMissing public var ciHigh: Double?

  /// From per-replication values (non-finite values are skipped).
  public init(key: String, label: String, unit: String, values: [Double]) {
    let summary = MetricSummary(name: key, values: values)
    self.key = key
    self.label = label
    self.unit = unit
    mean = summary.replications > 0 ? Finite.value(summary.mean) : nil
    ciLow = summary.ciLow.flatMap(Finite.value)
    ciHigh = summary.ciHigh.flatMap(Finite.value)
  }
}

/// JSON has no NaN or infinity: such values are written as null.
enum Finite {
  static func value(_ x: Double) -> Double? { x.isFinite ? x : nil }
}
