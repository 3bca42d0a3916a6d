import CareModel
import Population

/// Which inputs of a design make each breakdown dimension differ, and the sentence the report
/// prints beside the breakdown charts: differences by mechanism are named with their evidence
/// grade; the rest are noise or the mix of need.
///
/// Everything is read from the design's inputs as loaded (a multiplier table acts when its
/// entries are not all equal), never from a fixed text.
public struct BreakdownMechanisms: Sendable {
  /// What a mechanism changes.
  public enum Outcome: String, Sendable, CaseIterable {
    case recovery
    case attendance
    case referrals
  }

  /// One input that makes groups of a dimension differ.
  public struct Mechanism: Sendable, Hashable {
    /// `imd_quintile`, `ethnicity`, `age_band` or `sex`.
    public let dimension: String
    public let outcome: Outcome
    /// Plain-language name, e.g. "recovery odds by deprivation".
    public let name: String
    /// Evidence grade (A-D) written beside the input, or `ungraded`.
    public let grade: String
  }

  /// The mechanisms acting in this design, in dimension order.
  public let mechanisms: [Mechanism]

  public init(design: CareDesign, area: Area) {
    let grades = design.equity.grades
    func grade(_ key: String) -> String { grades[key] ?? "ungraded" }
    var found: [Mechanism] = []
    func add(_ dimension: String, _ outcome: Outcome, _ name: String, _ key: String) {
      found.append(Mechanism(dimension: dimension, outcome: outcome, name: name, grade: grade(key)))
    }
    let equity = design.equity
    let gradient = equity.referralGradient(over: area.referrals.gradient)
    let prevalence = area.prevalence
    if BreakdownMechanisms.varies(equity.recoveryOddsByQuintile) {
      add("imd_quintile", .recovery, "recovery odds by deprivation", "equity.recovery_odds_by_imd_quintile")
    }
    if BreakdownMechanisms.varies(design.pathway.recoveryByQuintile) {
      add("imd_quintile", .recovery, "recovery multipliers by deprivation", "pathway.recovery_by_imd_quintile")
    }
    if BreakdownMechanisms.varies(design.policies.dnaByQuintile) {
      add("imd_quintile", .attendance, "missed sessions by deprivation", "policies.dna.by_imd_quintile")
    }
    if BreakdownMechanisms.varies(equity.dropoutByQuintile) {
      add("imd_quintile", .attendance, "dropout by deprivation", "equity.dropout_by_imd_quintile")
    }
    if prevalence.deprivationRelativeRisk != 1 {
      add("imd_quintile", .referrals, "need (prevalence) by deprivation", "area.prevalence.deprivation_rr_q1_vs_q5")
    }
    if gradient.variesByQuintile {
      add(
        "imd_quintile", .referrals, "referral propensity given need by deprivation",
        BreakdownMechanisms.referralKey(design, "imd_quintile"))
    }
    if BreakdownMechanisms.varies(equity.recoveryOddsByEthnicity) {
      add("ethnicity", .recovery, "recovery odds by ethnic group", "equity.recovery_odds_by_ethnicity")
    }
    if BreakdownMechanisms.varies(equity.dnaByEthnicity) {
      add("ethnicity", .attendance, "missed sessions by ethnic group", "equity.dna_by_ethnicity")
    }
    if BreakdownMechanisms.varies(equity.dropoutByEthnicity) {
      add("ethnicity", .attendance, "dropout by ethnic group", "equity.dropout_by_ethnicity")
    }
    if gradient.variesByEthnicity {
      add(
        "ethnicity", .referrals, "referral propensity given need by ethnic group",
        BreakdownMechanisms.referralKey(design, "ethnicity"))
    }
    if BreakdownMechanisms.agesVary(prevalence) {
      add("age_band", .referrals, "need (prevalence) by age", "area.prevalence.cmd_age_multiplier")
    }
    if BreakdownMechanisms.varies(area.referrals.propensityByAge.map(\.value)) {
      add("age_band", .referrals, "referral propensity by age", "area.referrals.propensity_by_age")
    }
    if BreakdownMechanisms.sexesVary(prevalence) {
      add("sex", .referrals, "need (prevalence and severity) by sex", "area.prevalence.cmd_by_sex")
    }
    mechanisms = found
  }

  /// The key the referral gradient of `dimension` was read from: the scenario's, or the area's.
  static func referralKey(_ design: CareDesign, _ dimension: String) -> String {
    let scenario = dimension == "ethnicity" ? "equity.referral_by_ethnicity" : "equity.referral_by_imd_quintile"
    let area =
      dimension == "ethnicity"
      ? "area.referrals.propensity_by_ethnicity" : "area.referrals.propensity_by_imd_quintile"
    let fromScenario =
      dimension == "ethnicity" ? design.equity.referralByEthnicity != nil : design.equity.referralByQuintile != nil
    return fromScenario ? scenario : area
  }

  /// True when the entries are not all equal.
  static func varies(_ values: [Double]) -> Bool { values.contains { $0 != values.first } }

  static func agesVary(_ p: PrevalenceInputs) -> Bool {
    varies(Array(p.cmdAgeMultiplier.values)) || !p.cmdCells.isEmpty
  }

  static func sexesVary(_ p: PrevalenceInputs) -> Bool {
    varies(Array(p.cmdBySex.values)) || varies(Array(p.severeBySex.values))
      || p.cmdCells.values.contains { varies(Array($0.values)) }
  }

  /// The mechanisms of `dimension` that change `outcome`.
  public func acting(on dimension: String, _ outcome: Outcome) -> [Mechanism] {
    mechanisms.filter { $0.dimension == dimension && $0.outcome == outcome }
  }

  /// The report's sentence for `dimension`, whose name in prose is `noun` (e.g. "IMD quintile").
  public func sentence(for dimension: String, noun: String) -> String {
    func list(_ items: [Mechanism]) -> String {
      items.map { "\($0.name) (\($0.grade == "ungraded" ? "ungraded" : "grade \($0.grade)"))" }
        .joined(separator: "; ")
    }
    var parts: [String] = []
    let outcomes = acting(on: dimension, .recovery) + acting(on: dimension, .attendance)
    if outcomes.isEmpty {
      parts.append(
        "Recovery and attendance differences by \(noun) come from no mechanism in this model: they are noise or come from the mix of need."
      )
    } else {
      parts.append("Recovery and attendance differ by \(noun) by mechanism: \(list(outcomes)).")
    }
    let referrals = acting(on: dimension, .referrals)
    if referrals.isEmpty {
      parts.append("Referrals by \(noun) follow the population's make-up alone.")
    } else {
      parts.append("Referrals differ by \(noun) by mechanism: \(list(referrals)).")
    }
    return parts.joined(separator: " ")
  }
}
