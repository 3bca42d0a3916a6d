import CareModel
import Population

/// Reads a care scenario's `equity` section into an `EquitySpec` and applies its switch.
///
/// Every key is optional; an absent key is no mechanism (multipliers of 1), except the referral
/// keys, which keep the area file's. `mechanisms: off` switches every mechanism off, the
/// deprivation multipliers of `policies.dna.by_imd_quintile` and
/// `pathway.recovery_by_imd_quintile` included. Keys are described in `docs/scenarios.md`.
enum EquityReader {
  static let keys = [
    "mechanisms", "referral_by_imd_quintile", "referral_by_ethnicity", "referral_total",
    "recovery_odds_by_imd_quintile", "recovery_odds_by_ethnicity", "recovery_mix", "dna_by_ethnicity",
    "dropout_by_imd_quintile", "dropout_by_ethnicity",
  ]

  /// The scenario keys whose values are equity mechanisms, graded for the report.
  static let gradedKeys =
    keys.filter { $0 != "mechanisms" && $0 != "referral_total" && $0 != "recovery_mix" }.map { "equity.\($0)" }
    + ["policies.dna.by_imd_quintile", "pathway.recovery_by_imd_quintile"]

  /// The section's spec; `pathway` and `policies` lose their deprivation multipliers when the
  /// mechanisms are off.
  static func read(_ reader: MappingReader?, pathway: inout PathwaySpec, policies: inout PolicySpec) throws
    -> EquitySpec
  {
    var spec = EquitySpec()
    guard let r = reader else { return spec }
    try r.rejectUnknownKeys(keys)
    let range = EquitySpec.allowedRange
    let multiplier = "a multiplier"
    let odds = "an odds ratio"
    spec.referralByQuintile = try GroupMultiplierReader.quintiles(
      r, "referral_by_imd_quintile", range: range, noun: multiplier)
    spec.referralByEthnicity = try GroupMultiplierReader.ethnicGroups(
      r, "referral_by_ethnicity", range: range, noun: multiplier)
    spec.referralTotal = try choice(r, "referral_total", ReferralGradient.Total.self)
    let flat = EquitySpec.flat
    spec.recoveryOddsByQuintile =
      try GroupMultiplierReader.quintiles(r, "recovery_odds_by_imd_quintile", range: range, noun: odds) ?? flat
    spec.recoveryOddsByEthnicity =
      try GroupMultiplierReader.ethnicGroups(r, "recovery_odds_by_ethnicity", range: range, noun: odds) ?? flat
    spec.recoveryMix = try choice(r, "recovery_mix", EquitySpec.RecoveryMix.self) ?? .keep
    spec.dnaByEthnicity =
      try GroupMultiplierReader.ethnicGroups(r, "dna_by_ethnicity", range: range, noun: multiplier) ?? flat
    spec.dropoutByQuintile =
      try GroupMultiplierReader.quintiles(r, "dropout_by_imd_quintile", range: range, noun: multiplier) ?? flat
    spec.dropoutByEthnicity =
      try GroupMultiplierReader.ethnicGroups(r, "dropout_by_ethnicity", range: range, noun: multiplier) ?? flat
    if spec.recoveryOddsByQuintile != flat, pathway.recoveryByQuintile.contains(where: { $0 != 1 }) {
      throw r.error(
        "recovery_odds_by_imd_quintile",
        "adds a second deprivation gradient on recovery to pathway.recovery_by_imd_quintile",
        allowed: "one of the two: this key, or pathway.recovery_by_imd_quintile (set the other to [1, 1, 1, 1, 1])")
    }
    spec.mechanismsOn = try r.bool("mechanisms") ?? true
    if !spec.mechanismsOn { switchOff(&spec, pathway: &pathway, policies: &policies) }
    return spec
  }

  /// Every multiplier to 1 and the area's referral gradient replaced by none.
  static func switchOff(_ spec: inout EquitySpec, pathway: inout PathwaySpec, policies: inout PolicySpec) {
    let flat = EquitySpec.flat
    spec.referralByQuintile = flat
    spec.referralByEthnicity = flat
    spec.recoveryOddsByQuintile = flat
    spec.recoveryOddsByEthnicity = flat
    spec.dnaByEthnicity = flat
    spec.dropoutByQuintile = flat
    spec.dropoutByEthnicity = flat
    pathway.recoveryByQuintile = flat
    policies.dnaByQuintile = flat
  }

  /// One of an enum's raw values, or nil when absent.
  static func choice<Choice: RawRepresentable & CaseIterable>(_ r: MappingReader, _ key: String, _ type: Choice.Type)
    throws -> Choice? where Choice.RawValue == String
  {
    guard let text = try r.string(key) else { return nil }
    guard let value = Choice(rawValue: text) else {
      throw r.error(
        key, "'\(text)' is not a choice", allowed: Choice.allCases.map(\.rawValue).joined(separator: " or "))
    }
    return value
  }
}
