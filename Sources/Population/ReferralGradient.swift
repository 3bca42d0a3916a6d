/// Relative propensity to be referred during an episode of need, by IMD quintile and ethnic
/// group: the part of the referral gradient that prevalence (`PrevalenceInputs`) does not carry.
///
/// A person's referral probability in an episode is `min(1, k x propensity(age) x
/// byQuintile[q] x byEthnicity[e])`. Under `Total.keep` the factor k is calibrated with the
/// multipliers in place, so the area's expected referrals a year stay at the target and only
/// their spread over groups changes; under `Total.scale` k is calibrated without them and the
/// multipliers then move the total as well.
public struct ReferralGradient: Sendable, Hashable {
  /// What the multipliers do to the area's total expected referrals.
  public enum Total: String, Sendable, Hashable, CaseIterable {
    /// Renormalised: the total stays at the calibration target (the default).
    case keep
    /// Not renormalised: the total moves by the referral-weighted mean multiplier.
    case scale
  }

  /// The allowed range of every multiplier (relative propensity, dimensionless).
  public static let allowedRange = 0.05...20.0

  /// Multipliers by IMD quintile, index 0 = quintile 1 (most deprived); five values.
  public var byQuintile: [Double]
  /// Multipliers by ethnic group, in `Ethnicity.allCases` order; five values.
  public var byEthnicity: [Double]
  /// Whether the total is kept (renormalised) or scaled.
  public var total: Total

  /// No gradient: every multiplier 1, total kept.
  public static let none = ReferralGradient(byQuintile: [1, 1, 1, 1, 1], byEthnicity: [1, 1, 1, 1, 1], total: .keep)

  public init(byQuintile: [Double], byEthnicity: [Double], total: Total) {
    self.byQuintile = byQuintile
    self.byEthnicity = byEthnicity
    self.total = total
  }

  /// The multiplier of a person of IMD quintile `quintile` (1...5) and ethnic group `ethnicity`.
  @inlinable
  public func multiplier(quintile: Int, ethnicity: Int) -> Double {
    quintileFactor(quintile) * byEthnicity[ethnicity]
  }

  /// The quintile multiplier of IMD quintile `quintile` (1...5).
  @inlinable
  public func quintileFactor(_ quintile: Int) -> Double { byQuintile[Swift.min(Swift.max(quintile, 1), 5) - 1] }

  /// True when the ethnic multipliers differ from one another (so referral cells need the
  /// ethnic group); equal multipliers only scale every cell alike.
  public var variesByEthnicity: Bool { byEthnicity.contains { $0 != byEthnicity[0] } }

  /// True when the quintile multipliers differ from one another.
  public var variesByQuintile: Bool { byQuintile.contains { $0 != byQuintile[0] } }

  /// The largest multiplier of any group.
  public var largestMultiplier: Double { (byQuintile.max() ?? 1) * (byEthnicity.max() ?? 1) }

  /// Throws `PopulationError.invalid` naming the key of the first multiplier outside
  /// `allowedRange` (or a list of the wrong length).
  ///
  /// - Parameters:
  ///   - quintileKey: key path of the quintile list, e.g. `referrals.propensity_by_imd_quintile`.
  ///   - ethnicityKey: key path of the ethnic-group map.
  public func validate(quintileKey: String, ethnicityKey: String) throws {
    let allowed = "a multiplier from \(Self.allowedRange.lowerBound) to \(Self.allowedRange.upperBound)"
    guard byQuintile.count == 5 else {
      throw PopulationError.invalid(keyPath: quintileKey, problem: "needs five multipliers", allowed: allowed)
    }
    guard byEthnicity.count == Ethnicity.allCases.count else {
      throw PopulationError.invalid(keyPath: ethnicityKey, problem: "needs a multiplier per group", allowed: allowed)
    }
    for (index, value) in byQuintile.enumerated() where !Self.allowedRange.contains(value) {
      throw PopulationError.invalid(
        keyPath: "\(quintileKey)[\(index)]", problem: "\(value) is out of range", allowed: allowed)
    }
    for (group, value) in zip(Ethnicity.allCases, byEthnicity) where !Self.allowedRange.contains(value) {
      throw PopulationError.invalid(
        keyPath: "\(ethnicityKey).\(group.rawValue)", problem: "\(value) is out of range", allowed: allowed)
    }
  }
}
