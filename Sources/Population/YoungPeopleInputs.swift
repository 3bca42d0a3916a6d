/// What an area file says about its young people (`young_people:`): the oldest age counted as a
/// young person and how their missed appointments and recovery differ from adults'.
///
/// Young people are those from the area's eligible age to `toAge` inclusive (age at the start of
/// the run). Their referral propensity is part of the area's `referrals.propensity_by_age` curve;
/// the multipliers here act in the care model on the scenario's own rates.
public struct YoungPeopleInputs: Sendable, Hashable {
  /// The oldest age (years) counted as a young person (from the eligible age to 25).
  public var toAge: Int
  /// Multiplier of the probability of missing a booked session or an assessment (0...10).
  public var dnaMultiplier: Double
  /// Multiplier of the probability of recovering at the end of a finished course (0...10; the
  /// product is capped at 1).
  public var recoveryMultiplier: Double

  public init(toAge: Int, dnaMultiplier: Double, recoveryMultiplier: Double) {
    self.toAge = toAge
    self.dnaMultiplier = dnaMultiplier
    self.recoveryMultiplier = recoveryMultiplier
  }

  /// The largest `toAge` an area file may give (years).
  public static let oldestToAge = 25
  /// The largest multiplier an area file may give.
  public static let maximumMultiplier = 10.0

  /// True when `age` (years) is at most `toAge`: the caller checks eligibility.
  @inlinable
  public func includes(age: Int) -> Bool { age <= toAge }
}
