#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// How the referral rate moves in time: a yearly cycle, compound growth and step changes.
///
/// The factor at day t (days from the start of the run) is
/// `n x (1 + A cos(2 pi (d0 + t - dPeak) / 365.25)) x (1 + g)^(t / 365.25) x steps(t)`,
/// where d0 is the day of the year the run starts on (0 = 1 January), dPeak the middle of the
/// peak month, and `steps(t)` the product of the multipliers of the step changes on or before t.
/// The normaliser n makes the factor average exactly 1 over the first year without step changes,
/// so a rate multiplied by it gives the calibrated number of referrals in the first year.
public struct InflowModulation: Sendable {
  /// Relative amplitude of the yearly cycle.
  public let amplitude: Double
  /// Day of the year (from 0 = 1 January) at which the cycle peaks: mid peak month.
  public let peakDayOfYear: Double
  /// Day of the year of day 0 of the run.
  public let startDayOfYear: Double
  /// Growth a year (fraction).
  public let growthPerYear: Double
  /// Step changes in day order.
  public let steps: [ReferralInputs.StepChange]
  /// Makes the first-year mean of cycle x growth exactly 1.
  public let normaliser: Double

  static let omega = 2 * Double.pi / DayCount.perYear
  /// Continuous growth rate (per day).
  let beta: Double

  /// The modulation of an area's referrals for a run starting on day `startDayOfYear` of the
  /// year (0 = 1 January, 0...365).
  public init(referrals: ReferralInputs, startDayOfYear: Double = 0) {
    amplitude = referrals.seasonalityAmplitude
    peakDayOfYear = (Double(referrals.peakMonth) - 0.5) * DayCount.perYear / 12
    self.startDayOfYear = startDayOfYear
    growthPerYear = referrals.growthPerYear
    steps = referrals.stepChanges.sorted { $0.day < $1.day }
    beta = log1p(referrals.growthPerYear) / DayCount.perYear
    let firstYear =
      InflowModulation.antiderivative(
        DayCount.perYear, amplitude: amplitude, beta: beta,
        offset: startDayOfYear - peakDayOfYear)
      - InflowModulation.antiderivative(0, amplitude: amplitude, beta: beta, offset: startDayOfYear - peakDayOfYear)
    normaliser = firstYear > 0 ? DayCount.perYear / firstYear : 1
  }

  /// The cycle x growth part at day t, before the normaliser.
  func smooth(_ t: Double) -> Double {
    let phase = InflowModulation.omega * (startDayOfYear + t - peakDayOfYear)
    return (1 + amplitude * cos(phase)) * exp(beta * t)
  }

  /// The exact integral of `smooth` from a to b (days).
  func smoothIntegral(from a: Double, to b: Double) -> Double {
    let offset = startDayOfYear - peakDayOfYear
    return InflowModulation.antiderivative(b, amplitude: amplitude, beta: beta, offset: offset)
      - InflowModulation.antiderivative(a, amplitude: amplitude, beta: beta, offset: offset)
  }

  /// An antiderivative of (1 + A cos(w (offset + t))) e^(beta t) in t.
  static func antiderivative(_ t: Double, amplitude: Double, beta: Double, offset: Double) -> Double {
    let growth = exp(beta * t)
    let phase = omega * (offset + t)
    let level = beta == 0 ? t : expm1(beta * t) / beta
    let cycle = amplitude * growth * (beta * cos(phase) + omega * sin(phase)) / (beta * beta + omega * omega)
    return level + cycle
  }

  /// The product of the step multipliers in force at day t.
  public func stepFactor(atDay t: Double) -> Double {
    var factor = 1.0
    for step in steps where step.day <= t { factor *= step.multiplier }
    return factor
  }

  /// The rate factor at day t.
  public func factor(atDay t: Double) -> Double { normaliser * smooth(t) * stepFactor(atDay: t) }

  /// The mean factor over days [a, b) (b > a), step changes included.
  public func mean(fromDay a: Double, toDay b: Double) -> Double {
    guard b > a else { return factor(atDay: a) }
    var total = 0.0
    var start = a
    for step in steps where step.day > a && step.day < b {
      total += smoothIntegral(from: start, to: step.day) * stepFactor(atDay: start)
      start = step.day
    }
    total += smoothIntegral(from: start, to: b) * stepFactor(atDay: start)
    return normaliser * total / (b - a)
  }

  /// The bound on the factor from day `day` until the next step change after it (or the
  /// horizon), and that end: the cycle and growth bound over the whole run x the step factor in
  /// force at `day`. Thinning segment by segment leaves a run's draws before its first step
  /// change as they are without it.
  public func thinningSegment(fromDay day: Double, horizonDays: Double) -> (bound: Double, end: Double) {
    let growthMax = Swift.max(1, exp(beta * horizonDays))
    let end = steps.first { $0.day > day && $0.day < horizonDays }?.day ?? horizonDays
    return (normaliser * (1 + amplitude) * growthMax * stepFactor(atDay: day), end)
  }

  /// A bound on the factor over days [0, horizon).
  public func upperBound(horizonDays: Double) -> Double {
    var stepMax = 1.0
    var running = 1.0
    for step in steps where step.day < horizonDays {
      running *= step.multiplier
      stepMax = Swift.max(stepMax, running)
    }
    let growthMax = Swift.max(1, exp(beta * horizonDays))
    return normaliser * (1 + amplitude) * growthMax * stepMax
  }
}
