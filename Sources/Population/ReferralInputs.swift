/// What an area file says about referrals: the calibration target, who is referred, and how the
/// inflow moves in time.
public struct ReferralInputs: Sendable, Hashable {
  /// One point of the referral-propensity curve.
  public struct AgePoint: Sendable, Hashable {
    /// Age (years).
    public var age: Int
    /// Relative propensity to be referred during an episode at that age (> 0; only the shape
    /// matters, the level is calibrated).
    public var value: Double
    public init(age: Int, value: Double) {
      self.age = age
      self.value = value
    }
  }

  /// A lasting change in the referral rate from a day on (a new service, a campaign, a closure).
  public struct StepChange: Sendable, Hashable {
    /// Days from the start of the run (>= 0).
    public var day: Double
    /// Multiplier of the referral rate from that day (> 0); steps multiply.
    public var multiplier: Double
    public init(day: Double, multiplier: Double) {
      self.day = day
      self.multiplier = multiplier
    }
  }

  /// All referrals a year the service receives (new episodes, re-referrals and relapses).
  public var perYear: Double
  /// The plausible range of `perYear` (referrals a year).
  public var plausibleLow: Double
  public var plausibleHigh: Double
  /// Share of referrals that are self-referrals (0...1); the rest come from GPs.
  public var selfReferralShare: Double
  /// Relative referral propensity by age, interpolated linearly and held flat beyond the first
  /// and last points.
  public var propensityByAge: [AgePoint]
  /// Growth of the referral rate a year (fraction, e.g. 0.0105), compound.
  public var growthPerYear: Double
  /// Relative amplitude of the yearly cycle (0...<1): the rate is 1 + amplitude at the peak.
  public var seasonalityAmplitude: Double
  /// The month (1 = January ... 12) in the middle of which the cycle peaks.
  public var peakMonth: Int
  /// Step changes (any order; they multiply from their day on).
  public var stepChanges: [StepChange]
  /// Relative propensity by IMD quintile and ethnic group (none unless the area file or the
  /// scenario's `equity` section sets it).
  public var gradient = ReferralGradient.none

  public init(
    perYear: Double, plausibleLow: Double, plausibleHigh: Double, selfReferralShare: Double,
    propensityByAge: [AgePoint], growthPerYear: Double, seasonalityAmplitude: Double,
    peakMonth: Int, stepChanges: [StepChange] = []
  ) {
    self.perYear = perYear
    self.plausibleLow = plausibleLow
    self.plausibleHigh = plausibleHigh
    self.selfReferralShare = selfReferralShare
    self.propensityByAge = propensityByAge
    self.growthPerYear = growthPerYear
    self.seasonalityAmplitude = seasonalityAmplitude
    self.peakMonth = peakMonth
    self.stepChanges = stepChanges
  }

  /// The relative propensity at `age` (years): linear between points, flat beyond the ends.
  public func propensity(age: Int) -> Double {
    guard let first = propensityByAge.first, let last = propensityByAge.last else { return 1 }
    if age <= first.age { return first.value }
    if age >= last.age { return last.value }
    for (lower, upper) in zip(propensityByAge, propensityByAge.dropFirst()) where age <= upper.age {
      let t = Double(age - lower.age) / Double(upper.age - lower.age)
      return lower.value + t * (upper.value - lower.value)
    }
    return last.value
  }
}
