import Population

/// A care scenario's own demand scenario: how the referral rate moves in time, overriding the
/// area file's `referrals` values key by key (nil keeps the area's). Set in the scenario's
/// `referrals:` section, so `--set`, `sweep` and `plan` can vary it.
public struct ReferralTiming: Sendable, Hashable {
  /// Compound growth of the referral rate a year (fraction, -0.5 to 0.5).
  public var growthPerYear: Double?
  /// Relative amplitude of the yearly cycle (0 to 0.99).
  public var seasonalityAmplitude: Double?
  /// The month (1 = January ... 12) in the middle of which the cycle peaks.
  public var peakMonth: Int?
  /// Lasting changes of the rate from a day of the run (days from the start); when given, they
  /// replace the area's list.
  public var stepChanges: [ReferralInputs.StepChange]?

  /// The area's timing unchanged.
  public static let area = ReferralTiming()

  public init(
    growthPerYear: Double? = nil, seasonalityAmplitude: Double? = nil, peakMonth: Int? = nil,
    stepChanges: [ReferralInputs.StepChange]? = nil
  ) {
    self.growthPerYear = growthPerYear
    self.seasonalityAmplitude = seasonalityAmplitude
    self.peakMonth = peakMonth
    self.stepChanges = stepChanges
  }

  /// The area's referral inputs with this timing's values in place of its own.
  public func applied(to inputs: ReferralInputs) -> ReferralInputs {
    var result = inputs
    if let growthPerYear { result.growthPerYear = growthPerYear }
    if let seasonalityAmplitude { result.seasonalityAmplitude = seasonalityAmplitude }
    if let peakMonth { result.peakMonth = peakMonth }
    if let stepChanges { result.stepChanges = stepChanges }
    return result
  }
}
