/// An axis range widened outwards to whole ticks about `target` ticks apart, each step 1, 2 or 5
/// x 10^k (`TickStep.nearest`). Unlike `LinearScale` it does not include zero or map to pixels:
/// `sweep.svg` uses it for both axes.
public struct TickRange: Equatable, Sendable {
  /// The lowest tick (data units): `low` rounded down to a whole step.
  public let low: Double
  /// The highest tick (data units): `high` rounded up to a whole step, at least one step above
  /// `low`.
  public let high: Double
  /// The distance between ticks (data units, > 0).
  public let step: Double

  /// The range over `low...high` (data units) with about `target` steps; an empty range spans
  /// `max(|high|, 1)`.
  public init(low: Double, high: Double, target: Int = 5) {
    let span = high > low ? high - low : max(abs(high), 1)
    step = TickStep.nearest(span / Double(max(1, target)))
    self.low = (low / step).rounded(.down) * step
    let top = (high / step).rounded(.up) * step
    self.high = top > self.low ? top : self.low + step
  }

  /// The tick values, low to high.
  public var values: [Double] {
    let count = Int(((high - low) / step).rounded()) + 1
    return (0..<count).map { low + Double($0) * step }
  }
}
