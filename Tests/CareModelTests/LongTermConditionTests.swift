import CareModel
import Foundation
import Population
import Testing

/// The pathway for long-term conditions: people with the flag reach condition management at
/// the input share, people without it never do.
@Suite struct LongTermConditionTests {
  static let share = 0.3

  /// Triage and two services with room for everyone; every need routes to step 2 unless the
  /// long-term-condition pathway takes the person to `ltc`.
  static let scenario = """
    version: 1
    name: ltc-share
    model: care
    area: ipswich-east-suffolk
    start_date: 2012-07-01
    horizon: 400d
    warmup: 50d
    replications: 1
    seed: 13
    referrals: {per_year: 3000}
    services:
      triage: {kind: triage, wte: 40, assessments_per_wte_week: 100}
      step2:
        kind: therapy
        wte: 300
        caseload_per_wte: 20
        sessions: {distribution: fixed, value: 2}
      ltc:
        kind: therapy
        wte: 300
        caseload_per_wte: 20
        sessions: {distribution: fixed, value: 2}
    pathway:
      entry: triage
      routes: {mild_moderate: {step2: 1}, severe_cmd: {step2: 1}, smi: {step2: 1}}
      long_term_conditions: {service: ltc, share: \(share)}
      recovery: {step2: 0.5, ltc: 0.5}
    """

  /// The Ipswich area with every age band's long-term-condition probability set to `value`.
  static func everyoneFlagged(_ value: Double) -> (String) -> String {
    { text in
      var inSection = false
      return text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
        if line.hasPrefix("long_term_condition:") { inSection = true }
        if line.isEmpty { inSection = false }
        guard inSection, line.hasPrefix("  \""), let colon = line.lastIndex(of: ":") else { return String(line) }
        return String(line[...colon]) + " \(value)"
      }.joined(separator: "\n")
    }
  }

  /// Everyone has a long-term condition, so each routing after assessment goes to `ltc` with the
  /// input share: a binomial proportion over about 2,500 routings, within 4 standard errors.
  @Test func flaggedPeopleReachConditionManagementAtTheInputShare() throws {
    let (design, area) = try temporaryDesign(LongTermConditionTests.scenario, editArea: Self.everyoneFlagged(1))
    #expect(area.longTermCondition.values.allSatisfy { $0 == 1 })
    let result = runOnce(design, area)
    let ltc = try #require(result.metric("service.ltc.starts.per_year"))
    let step2 = try #require(result.metric("service.step2.starts.per_year"))
    let years = (design.horizonDays - design.warmupDays) / 365.25
    let routings = (ltc + step2) * years
    #expect(routings > 1500, "enough routings to judge: \(routings)")
    let observed = ltc / (ltc + step2)
    let standardError = (Self.share * (1 - Self.share) / routings).squareRoot()
    report("ltc share \(observed) of \(routings) routings, input \(Self.share), SE \(standardError)")
    #expect(abs(observed - Self.share) < 4 * standardError, "\(observed) vs \(Self.share) (SE \(standardError))")
  }

  /// No one has a long-term condition: no one reaches `ltc`, whatever the share.
  @Test func peopleWithoutTheFlagNeverReachIt() throws {
    let (design, area) = try temporaryDesign(LongTermConditionTests.scenario, editArea: Self.everyoneFlagged(0))
    let result = runOnce(design, area)
    #expect(result.metric("service.ltc.starts.per_year") == 0)
    #expect((result.metric("service.step2.starts.per_year") ?? 0) > 1000)
  }
}
