/// Per-entity statistics of a quantity such as a wait: count, mean, variance, extremes and,
/// optionally, percentiles from a `LogHistogram`.
///
/// The mean and variance come from running sums of values and of squared deviations from the
/// first value (a shifted-data update: no division per value, and stable because the shift
/// keeps the sums small). Memory is constant unless
/// `keepsValues` is on, in which case every value is kept and percentiles are exact.
public struct Tally: Sendable {
  /// The number of values recorded.
  @usableFromInline var _count: Int = 0
  public var count: Int { _count }
  /// The mean (0 when empty).
  public var mean: Double { _count > 0 ? shift + shiftedSum / Double(_count) : 0 }
  @usableFromInline var shift: Double = 0
  @usableFromInline var shiftedSum: Double = 0
  @usableFromInline var shiftedSumOfSquares: Double = 0
  /// The histogram (empty and unused unless percentiles were asked for).
  @usableFromInline var histogramStore: LogHistogram
  @usableFromInline let keepsHistogram: Bool
  /// The histogram, when percentiles were asked for.
  public var histogram: LogHistogram? { keepsHistogram ? histogramStore : nil }
  /// Every value (empty and unused unless exact percentiles were asked for).
  @usableFromInline var valueStore: [Double] = []
  @usableFromInline let keepsValues: Bool
  /// Every value, when exact percentiles were asked for.
  public var values: [Double]? { keepsValues ? valueStore : nil }
  /// The sum of recorded values.
  @usableFromInline var _sum: Double = 0
  public var sum: Double { _sum }

  /// A tally; `percentiles` adds a histogram, `keepsValues` keeps every value.
  public init(percentiles: Bool = false, keepsValues: Bool = false) {
    histogramStore = percentiles ? LogHistogram() : LogHistogram(unused: ())
    keepsHistogram = percentiles
    self.keepsValues = keepsValues
  }

  /// Records one value.
  @inlinable @inline(__always)
  public mutating func record(_ value: Double) {
    if _count == 0 { shift = value }
    _count &+= 1
    _sum += value
    let delta = value - shift
    shiftedSum += delta
    shiftedSumOfSquares += delta * delta
    if keepsHistogram { histogramStore.record(value) }
    if keepsValues { valueStore.append(value) }
  }

  /// The sample variance (n - 1 denominator); 0 with fewer than two values.
  public var variance: Double {
    guard _count > 1 else { return 0 }
    let n = Double(_count)
    return Swift.max(0, (shiftedSumOfSquares - shiftedSum * shiftedSum / n) / (n - 1))
  }

  /// The `p`-quantile: exact (nearest rank) when values are kept, else from the histogram.
  public func quantile(_ p: Double) -> Double? {
    if keepsValues, !valueStore.isEmpty {
      let sorted = valueStore.sorted()
      let rank = Swift.max(1, Int((p * Double(sorted.count)).rounded(.up)))
      return sorted[Swift.min(rank, sorted.count) - 1]
    }
    return histogram?.quantile(p)
  }

  /// Forgets every value, keeping the configuration.
  public mutating func reset() {
    _count = 0
    shift = 0
    shiftedSum = 0
    shiftedSumOfSquares = 0
    _sum = 0
    if keepsHistogram { histogramStore.reset() }
    if keepsValues { valueStore = [] }
  }
}
