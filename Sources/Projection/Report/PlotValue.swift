/// A mean with its optional 95% interval, as charts draw it.
struct PlotValue: Sendable {
  var mean: Double
  var low: Double?
  var high: Double?

  init(mean: Double, low: Double? = nil, high: Double? = nil) {
    self.mean = mean
    self.low = low
    self.high = high
  }

  init(_ summary: MetricSummary) {
    self.init(mean: summary.mean, low: summary.ciLow, high: summary.ciHigh)
  }

  /// The lowest and highest finite values among mean and bounds.
  var extent: (low: Double, high: Double) {
    let values = [mean, low, high].compactMap { $0 }.filter(\.isFinite)
    return (values.min() ?? 0, values.max() ?? 0)
  }

  /// Both bounds, when the interval exists and is finite.
  var bounds: (low: Double, high: Double)? {
    guard let low, let high, low.isFinite, high.isFinite else { return nil }
    return (low, high)
  }
}
