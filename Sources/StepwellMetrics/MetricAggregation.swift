/// How a metric's value is formed from what one replication saw.
///
/// Every metric is then averaged over replications, with a 95% Student t interval.
public enum MetricAggregation: String, Sendable, CaseIterable {
  /// A total after warm-up divided by the years after warm-up (365.25 days each).
  case perYear = "per year"
  /// A mean over the people or customers it counts, after warm-up.
  case mean
  /// The 90th percentile over the people or customers it counts, after warm-up.
  case percentile90 = "90th percentile"
  /// The median over the people it counts, after warm-up.
  case median
  /// One count over another, both after warm-up.
  case share
  /// A mean over the calendar month ends of the projection years.
  case monthEndMean = "mean over month ends"
  /// The least-squares slope of a weekly level over the projection years, a year.
  case slope = "least-squares slope"
  /// The value at the last calendar month end within one projection year.
  case yearEnd = "at the year's last month end"
  /// The time-average of a level after warm-up.
  case timeAverage = "time average"
  /// A count after warm-up.
  case count
  /// A count over the whole replication, warm-up included.
  case wholeRunCount = "whole-run count"
  /// One total over another (for example pounds per recovery).
  case ratio
  /// A total within one projection year.
  case yearTotal = "year total"
  /// A mean or share within one projection year.
  case yearRatio = "year ratio"
  /// The time-average of a level within one time bin.
  case binAverage = "bin average"
  /// A paired difference, ALT minus BASE.
  case difference

  /// The aggregation as written in the documentation.
  public var label: String { rawValue }
}
