/// Self-referral through an open door: referrals added to the GP route from people whose episode
/// would not have reached the service through their GP.
///
/// Each episode of an eligible person reaches the service through the GP with probability q (the
/// calibrated inflow of `ReferralInflow`). With an open door, an episode that does not
/// (probability 1 - q) is self-referred with probability `propensity` before it ends untreated
/// (the same help-seeking delay as the GP route), so a person's added rate a year is
/// `episodes a year x (1 - q) x propensity x D / (D + H)`. The added referrals do not replace GP
/// referrals: switching the open door off removes exactly them.
public struct OpenDoor: Sendable, Hashable {
  /// Probability that an episode not referred by the GP is self-referred (0...1).
  public var propensity: Double
  /// Share of open-door self-referrals whose episode is mild to moderate (0...1); the rest are
  /// severe common mental disorder.
  public var mildModerateShare: Double
  /// The first day open-door referrals are made (days from the start of the run, >= 0): 0 for
  /// a door open from the start, later for a door that opens mid-run.
  public var fromDay: Double

  public init(propensity: Double, mildModerateShare: Double, fromDay: Double = 0) {
    self.propensity = propensity
    self.mildModerateShare = mildModerateShare
    self.fromDay = fromDay
  }
}
