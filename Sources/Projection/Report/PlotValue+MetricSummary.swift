import Presentation

extension PlotValue {
  /// A summary's mean and its 95% t interval.
  init(_ summary: MetricSummary) {
    self.init(mean: summary.mean, low: summary.ciLow, high: summary.ciHigh)
  }
}
