/// A mean with its optional 95% interval, as charts draw it (data units).
public struct PlotValue: Sendable {
  /// The mean.
  public var mean: Double
  /// The interval's lower and upper bounds; nil when there is none (e.g. one replication).
  public var low: Double?
  public var high: Double?

  public init(mean: Double, low: Double? = nil, high: Double? = nil) {
    self.mean = mean
    self.low = low
    self.high = high
  }

  /// The lowest and highest finite values among mean and bounds.
  public var extent: (low: Double, high: Double) {
    let values = [mean, low, high].compactMap { $0 }.filter(\.isFinite)
    return (values.min() ?? 0, values.max() ?? 0)
  }

  /// Both bounds, when the interval exists and is finite.
  public var bounds: (low: Double, high: Double)? {
    guard let low, let high, low.isFinite, high.isFinite else { return nil }
    return (low, high)
  }
}
