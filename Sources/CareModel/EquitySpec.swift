import Population

/// The mechanisms by which referral, attendance, dropout and recovery differ by IMD quintile and
/// ethnic group (the scenario's `equity` section; `docs/scenarios.md`).
///
/// Quintile tables have five entries, index 0 = quintile 1 (most deprived); ethnic tables have
/// five, in `Ethnicity.allCases` order (white, asian, black, mixed, other). Every entry is a
/// dimensionless multiplier in `allowedRange`; 1 everywhere is no mechanism.
///
/// - Referral: relative propensity to be referred given need (`ReferralGradient`), on top of the
///   prevalence gradient the area already carries. nil entries keep the area file's own.
/// - Recovery: odds ratios applied on the odds scale to each service's recovery probability;
///   with `RecoveryMix.keep` a per-service shift of the log-odds keeps each service's rate, over
///   the referred mix of groups, at its `pathway.recovery` input.
/// - DNA and dropout: multipliers of the per-session probabilities (capped at 1), not
///   renormalised.
public struct EquitySpec: Sendable, Hashable {
  /// How the recovery odds ratios relate to each service's recovery input.
  public enum RecoveryMix: String, Sendable, Hashable, CaseIterable {
    /// The input holds over the referred mix of quintiles and groups (log-odds shifted per
    /// service).
    case keep
    /// The input is the recovery of the reference group (odds ratio 1); the overall rate moves.
    case reference
  }

  /// The allowed range of every multiplier and odds ratio.
  public static let allowedRange = 0.05...20.0
  /// Five ones.
  public static let flat: [Double] = [1, 1, 1, 1, 1]

  /// False when the scenario switches every mechanism off (`equity.mechanisms: off`); the
  /// tables below are then all ones, and so are `policies.dna.by_imd_quintile` and
  /// `pathway.recovery_by_imd_quintile`.
  public var mechanismsOn = true
  /// Referral multipliers by quintile, replacing the area file's; nil keeps the area's.
  public var referralByQuintile: [Double]?
  /// Referral multipliers by ethnic group, replacing the area file's; nil keeps the area's.
  public var referralByEthnicity: [Double]?
  /// Whether the referral gradient keeps the area's total; nil keeps the area file's choice.
  public var referralTotal: ReferralGradient.Total?
  /// Recovery odds ratios by quintile.
  public var recoveryOddsByQuintile = EquitySpec.flat
  /// Recovery odds ratios by ethnic group.
  public var recoveryOddsByEthnicity = EquitySpec.flat
  /// How the odds ratios are anchored.
  public var recoveryMix = RecoveryMix.keep
  /// Multipliers of the per-session DNA probability by ethnic group (the quintile ones are
  /// `PolicySpec.dnaByQuintile`).
  public var dnaByEthnicity = EquitySpec.flat
  /// Multipliers of the per-session dropout probability by quintile and by ethnic group.
  public var dropoutByQuintile = EquitySpec.flat
  public var dropoutByEthnicity = EquitySpec.flat
  /// The evidence grade written beside each key in the scenario files (`A`...`D`, or
  /// `ungraded`), by key path (`equity.recovery_odds_by_imd_quintile`,
  /// `policies.dna.by_imd_quintile`, ...), for the report.
  public var grades: [String: String] = [:]

  /// No mechanism: every table flat, the area's referral gradient kept.
  public static let none = EquitySpec()

  public init() {}

  /// The referral gradient in force: the area's, with this section's entries in its place, or
  /// none at all when mechanisms are off.
  public func referralGradient(over area: ReferralGradient) -> ReferralGradient {
    guard mechanismsOn else { return ReferralGradient(byQuintile: Self.flat, byEthnicity: Self.flat, total: .keep) }
    return ReferralGradient(
      byQuintile: referralByQuintile ?? area.byQuintile, byEthnicity: referralByEthnicity ?? area.byEthnicity,
      total: referralTotal ?? area.total)
  }
}
