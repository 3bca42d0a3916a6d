#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// What an area file says about mental-health prevalence (APMS 2014, QOF and local uplift).
///
/// The prevalence model (`PrevalenceModel`) combines these: common mental disorder (CMD) by sex
/// times an age multiplier (or a directly measured age-and-sex cell), times a deprivation gradient,
/// rescaled so the area's adult (16+) total equals `nationalAdultCMD x localUplift`.
public struct PrevalenceInputs: Sendable, Hashable {
  /// CMD point prevalence among adults by sex (fraction 0...1).
  public var cmdBySex: [Sex: Double]
  /// CMD prevalence of each age band relative to the all-adult rate (multiplier >= 0). Needed for
  /// every band holding people old enough to be counted (16, or the eligible age if younger).
  public var cmdAgeMultiplier: [AgeBand: Double]
  /// Age-and-sex cells measured directly (fraction 0...1); they replace sex rate x multiplier.
  public var cmdCells: [AgeBand: [Sex: Double]]
  /// Severe CMD (CIS-R score 18 or more) prevalence by sex (fraction, at most `cmdBySex`).
  /// The severe share of a CMD case is severe / CMD for the person's sex.
  public var severeBySex: [Sex: Double]
  /// Relative risk of CMD (and SMI) in IMD quintile 1 (most deprived) against quintile 5, with
  /// geometric steps between: quintile q has RR^((5 - q) / 4).
  public var deprivationRelativeRisk: Double
  /// National CMD point prevalence among adults 16+ (fraction 0...1).
  public var nationalAdultCMD: Double
  /// Local multiplier of the national prevalence (> 0; 1 = England).
  public var localUplift: Double
  /// Severe mental illness: fraction of all residents (all ages) on the register, placed among
  /// adults 16+ (0...0.1).
  public var smiShare: Double

  public init(
    cmdBySex: [Sex: Double], cmdAgeMultiplier: [AgeBand: Double], cmdCells: [AgeBand: [Sex: Double]],
    severeBySex: [Sex: Double], deprivationRelativeRisk: Double, nationalAdultCMD: Double,
    localUplift: Double, smiShare: Double
  ) {
    self.cmdBySex = cmdBySex
    self.cmdAgeMultiplier = cmdAgeMultiplier
    self.cmdCells = cmdCells
    self.severeBySex = severeBySex
    self.deprivationRelativeRisk = deprivationRelativeRisk
    self.nationalAdultCMD = nationalAdultCMD
    self.localUplift = localUplift
    self.smiShare = smiShare
  }

  /// The adult (16+) CMD prevalence the area is rescaled to: national x local uplift.
  public var targetAdultCMD: Double { nationalAdultCMD * localUplift }

  /// The deprivation relative risk of IMD quintile `quintile` (1...5) against quintile 5.
  public func deprivationMultiplier(quintile: Int) -> Double {
    let steps = Double(5 - Swift.min(Swift.max(quintile, 1), 5)) / 4
    return pow(deprivationRelativeRisk, steps)
  }
}
