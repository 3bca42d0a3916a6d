/// Maps a data interval onto a pixel interval, with "nice" round ticks (1, 2, 2.5 or 5 times a
/// power of ten, `TickStep.covering`) that cover the data. The report's charts use it; `sweep.svg`
/// uses `TickRange`.
///
/// A chart of a quantity starts its axis at zero (`includeZero`), so bar lengths and distances
/// from the axis are proportional to the values; a count's axis has whole-number steps only
/// (`integerSteps`).
public struct LinearScale: Sendable {
  /// The data interval, widened to whole ticks.
  public let domain: ClosedRange<Double>
  /// The pixel interval (`lowerBound` maps to `domain.lowerBound`; may run backwards).
  public let pixels: (start: Double, end: Double)
  /// The distance between ticks (data units, > 0).
  public let step: Double

  /// A scale covering `low...high` (zero included when `includeZero`) with about `tickCount` ticks;
  /// with `integerSteps` every step is a whole number (1, 2, 5, 10, 20, 25, 50... : a step of 2.5 or
  /// below 1 becomes 5 or 1). A range of zeros alone spans 0 to 1.
  public init(
    low: Double, high: Double, pixels: (start: Double, end: Double), tickCount: Int = 5,
    includeZero: Bool = true, integerSteps: Bool = false
  ) {
    var lower = low.isFinite ? low : 0
    var upper = high.isFinite ? high : 1
    if includeZero {
      lower = min(lower, 0)
      upper = max(upper, 0)
    }
    if upper - lower < 1e-12, lower == 0 {
      upper = 1
    } else if upper - lower < 1e-12 {
      let pad = max(abs(upper) * 0.1, 1e-6)
      upper += pad
      lower = includeZero && lower >= 0 ? lower : lower - pad
    }
    var step = TickStep.covering((upper - lower) / Double(max(1, tickCount)))
    if integerSteps { step = step < 1 ? 1 : step == 2.5 ? 5 : step }
    let start = (lower / step).rounded(.down) * step
    let end = (upper / step).rounded(.up) * step
    self.domain = start...max(end, start + step)
    self.pixels = pixels
    self.step = step
  }

  /// A scale over exactly this domain, not widened to round ticks (ticks every quarter of it).
  public init(exactDomain: ClosedRange<Double>, pixels: (start: Double, end: Double)) {
    self.domain = exactDomain
    self.pixels = pixels
    self.step = max((exactDomain.upperBound - exactDomain.lowerBound) / 4, 1e-12)
  }

  /// The pixel position of a data value.
  public func position(_ value: Double) -> Double {
    let width = domain.upperBound - domain.lowerBound
    let fraction = width > 0 ? (value - domain.lowerBound) / width : 0
    return pixels.start + fraction * (pixels.end - pixels.start)
  }

  /// The pixel position of a value held inside the domain.
  public func clampedPosition(_ value: Double) -> Double {
    position(min(max(value, domain.lowerBound), domain.upperBound))
  }

  /// Tick values from the bottom of the domain to the top.
  public var ticks: [Double] {
    let count = Int(((domain.upperBound - domain.lowerBound) / step).rounded())
    return (0...max(0, count)).map { index in
      let value = domain.lowerBound + Double(index) * step
      return abs(value) < step * 1e-9 ? 0 : value
    }
  }
}
