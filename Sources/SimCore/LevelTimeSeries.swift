/// A level's time-average in each of a fixed number of equal bins over [0, horizon].
///
/// Used for the `timeseries.csv` output (a waiting list over time). Memory is fixed by the number
/// of bins, not by the horizon.
public struct LevelTimeSeries: Sendable {
  /// The width of each bin in time units.
  public let binWidth: SimTime
  @usableFromInline var areas: [Double]
  @usableFromInline var value: Double = 0
  @usableFromInline var lastChange: SimTime = 0

  /// `bins` (>= 1) equal bins covering [0, horizon] (horizon > 0).
  public init(horizon: SimTime, bins: Int) {
    precondition(horizon > 0 && bins >= 1)
    binWidth = horizon / Double(bins)
    areas = [Double](repeating: 0, count: bins)
  }

  /// Sets the level to `newValue` at time `now`.
  @inlinable @inline(__always)
  public mutating func update(to newValue: Double, at now: SimTime) {
    if value != 0 { accumulate(until: now) }
    lastChange = now
    value = newValue
  }

  @inlinable @inline(__always)
  mutating func accumulate(until now: SimTime) {
    let bin = Int(lastChange / binWidth)
    if bin < areas.count, now <= Double(bin + 1) * binWidth {
      areas[bin] += value * (now - lastChange)
      return
    }
    accumulateAcrossBins(until: now)
  }

  @usableFromInline
  mutating func accumulateAcrossBins(until now: SimTime) {
    var t = lastChange
    var bin = Int(t / binWidth)
    while t < now, bin < areas.count {
      let binEnd = Double(bin + 1) * binWidth
      let end = Swift.min(now, binEnd)
      areas[bin] += value * (end - t)
      t = end
      bin += 1
    }
  }

  /// The time-average level in each bin, with the level held until `horizonEnd`.
  public func binMeans(closingAt horizonEnd: SimTime) -> [Double] {
    var copy = self
    copy.update(to: value, at: horizonEnd)
    return copy.areas.map { $0 / binWidth }
  }

  /// The start time of each bin.
  public var binStarts: [SimTime] { areas.indices.map { Double($0) * binWidth } }
}
