import StepwellMetrics

/// One metric as the terminal shows it: a label with its unit, and the mean and 95% interval
/// written in that unit (`41.3`, `91.9%`, `£1,234,567`).
struct ScreenRow {
  /// The metric's name.
  let name: String
  /// `Wait to first treatment, mean (days)`; the name itself when the catalogue lacks it.
  let label: String
  /// The mean in the metric's unit.
  let mean: String
  /// `[low, high]` in the metric's unit, or `-` without an interval.
  let interval: String

  /// The row of a summary; `timeUnit` names network times.
  init(_ summary: MetricSummary, timeUnit: String = "time") {
    name = summary.name
    label = MetricCatalogue.screenLabel(summary.name, timeUnit: timeUnit)
    mean = MetricCatalogue.screenValue(summary.mean, of: summary.name)
    interval = ScreenRow.interval(summary.ciLow, summary.ciHigh, of: summary.name)
  }

  /// `[low, high]` in the unit of `name`, or `-` without an interval.
  static func interval(_ low: Double?, _ high: Double?, of name: String) -> String {
    guard let low else { return "-" }
    return "[\(MetricCatalogue.screenValue(low, of: name)), \(MetricCatalogue.screenValue(high, of: name))]"
  }
}
