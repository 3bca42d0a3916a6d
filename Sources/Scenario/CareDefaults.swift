import CareModel
import Population
import Stochastics

/// Every default of a care scenario in one place, each with its source (see docs/evidence.md).
public enum CareDefaults {
  /// Share of referrals that are new episodes (assumption: 32% of people have two or more
  /// referrals over six years, `repeat_referral_share_people`; about a quarter of referrals).
  public static let newEpisodeShare = 0.75
  /// Per-session DNA without call-backs (`dna_rate_per_session`, 0.10).
  public static let dnaRate = 0.10
  /// Per-session DNA with call-backs (`esteem_dna_rate`, seed figure 0.04).
  public static let callbackDNARate = 0.04
  /// DNA multipliers by IMD quintile, most deprived first (assumption: direction from
  /// Delgadillo 2016, magnitude chosen so the mean over Sandwell's mix stays near 1).
  public static let dnaByQuintile = [1.15, 1.0, 0.9, 0.85, 0.8]
  /// Missed sessions before the course ends (standard practice: two).
  public static let missedLimit = 2
  /// Recovery multipliers by IMD quintile (`recovery_by_deprivation_decile`: most deprived
  /// 0.405 vs least 0.524, ratio 0.77, spread linearly).
  public static let recoveryByQuintile = [0.89, 0.95, 1.0, 1.06, 1.15]
  /// Dropout after each attended session (assumption: with 6-12 sessions gives about 40% of
  /// starters not finishing, `dropout_after_entering` 0.43).
  public static let dropoutPerSession = 0.06
  /// GP re-referral delay (assumption: median 8 weeks, mean 12 weeks).
  public static let gpReturnDelay: Distribution = {
    do { return try Distribution.lognormal(median: 56, mean: 84) } catch {
      preconditionFailure("the default GP return delay is invalid: \(error)")
    }
  }()
  /// Share never returning to the GP (assumption: 0.3, `gp_suitable_attending_any_iapt` 0.55).
  public static let gpNeverReturn = 0.3
  /// Co-ordination time limit under time-limited discharge (assumption: 12 weeks).
  public static let coordinationTimeLimit = 84.0
  /// Deterioration: Weibull shape and scales (assumption, calibrated so about 6% of untreated
  /// severe cases reach crisis within a year; `escalation_primary_to_secondary` 0.03 overall).
  public static let deteriorationShape = 1.5
  public static let deteriorationScale: [MentalHealthState: Double] = [
    .none: 0, .mildModerate: 25 * 365.25, .severeCMD: 8 * 365.25, .smi: 3 * 365.25,
  ]
  public static let coordinatedMultiplier = 0.5
  public static let admissionShare = 0.35
  public static let cmhtShare = 0.45
  /// Suicide hazards per 100,000 person-years (see docs/evidence.md for the derivation).
  public static let suicidePer100k: [RiskState: Double] = [
    .general: 8.3, .waiting: 60, .inTreatment: 45, .untreated: 60, .recovered: 25,
    .secondary: 150, .inpatient: 300, .postDischarge: 2060,
  ]
  /// Days after leaving services that still count as "in contact in the previous year".
  public static let contactWindowDays = 365.25
}
