import CareModel
import Foundation
import Population
import Scenario
import Testing

/// The mechanisms that replaced the hub's built-in advantages, checked by hand and by effect.
@Suite("No built-in advantages")
struct NoBuiltInAdvantageTests {
  /// A Weibull clock (scale 100 days, shape 1.5) drawn with budget 0.5 and multiplier 1 falls
  /// due at 100 * 0.5^(1/1.5); halving the hazard on day 20 moves the due day to where the
  /// hazard run so far plus half the rest reaches the budget; a multiplier of 0 stops the clock,
  /// and restoring 1 later runs on from the hazard already accrued.
  @Test("the crisis clock runs on with a changed multiplier and keeps the hazard accrued")
  func crisisClockByHand() {
    let (scale, shape) = (100.0, 1.5)
    let H = { (t: Double) in pow(t / scale, shape) }
    var clock = CrisisClock(start: 0, checkpoint: 0, budget: 0.5, multiplier: 1, due: 100 * pow(0.5, 1 / 1.5))
    clock.change(multiplier: 0.5, at: 20, scale: scale, shape: shape)
    #expect(abs(H(20) + 0.5 * (H(clock.due) - H(20)) - 0.5) < 1e-12, "due \(clock.due)")
    #expect(clock.due > 100 * pow(0.5, 1 / 1.5))
    clock.change(multiplier: 0, at: 30, scale: scale, shape: shape)
    #expect(clock.due == .infinity)
    clock.change(multiplier: 1, at: 50, scale: scale, shape: shape)
    let accrued = H(20) + 0.5 * (H(30) - H(20))
    #expect(abs(accrued + (H(clock.due) - H(50)) - 0.5) < 1e-12, "due \(clock.due)")
    #expect(abs(clock.budget - (0.5 - accrued)) < 1e-12)
  }

  /// Suicide hazard per person-day: a man aged 45-54 with a severe episode waits at
  /// 17.4 x 1.45 x 20 per 100,000 person-years, three quarters of that in treatment, twice the
  /// baseline after recovery, 0.78 of it out of contact; beds keep their absolute rates.
  @Test("the suicide hazard by sex, age, severity, treatment and recovery, by hand")
  func suicideHazardByHand() {
    let hazard = CareDefaults.suicideHazard
    let base = hazard.basePerDay(sex: .male, band: .age45to54)
    let (mild, severe) = (hazard.severityRR[.mildModerate] ?? 0, hazard.severityRR[.severeCMD] ?? 0)
    #expect(abs(base - 17.4 * 1.45 / 1e5 / 365.25) < 1e-15)
    #expect(abs((hazard.perDay(.waiting, severity: severe, base: base) ?? 0) - base * 20) < 1e-15)
    #expect(abs((hazard.perDay(.inTreatment, severity: severe, base: base) ?? 0) - base * 15) < 1e-15)
    #expect(abs((hazard.perDay(.recovered, severity: severe, base: base) ?? 0) - base * 2) < 1e-15)
    #expect(abs((hazard.perDay(.general, severity: mild, base: base) ?? 0) - base * 0.78) < 1e-15)
    #expect(hazard.perDay(.inpatient, severity: 12, base: base) == nil)
    #expect(hazard.basePerDay(sex: .female, band: .age45to54) < base / 3)
  }

  /// Keys that cannot act are refused with the key path: `none` needs, SMI co-ordination with no
  /// step-down, state suicide rates beside the hazard by the person, the old assumed rate of
  /// admissions avoided, and unknown policy scopes.
  @Test(
    "keys that cannot act are refused with their key path",
    arguments: [
      (ShippedScenario.standard2009, "pathway.turned_away.none=0.5", "pathway.turned_away.none"),
      (.standard2009, "pathway.coordination.share.smi=0.5", "pathway.coordination.share.smi"),
      (.standard2009, "risk.suicide_per_100k.waiting=70", "risk.suicide_per_100k.waiting"),
      (.hub, "policies.step_down.admissions_avoided_per_person_year=0.05", "admissions_avoided_per_person_year"),
      (.hub, "policies.dna.callback_for=some", "policies.dna.callback_for"),
      (.hub, "policies.reroute_scope=some", "policies.reroute_scope"),
    ])
  func deadKeysAreRefused(scenario: ShippedScenario, override: String, keyPath: String) {
    do {
      _ = try loadCare(scenario, [override])
      Issue.record("\(override) was accepted")
    } catch {
      #expect("\(error)".contains(keyPath), "\(error)")
    }
  }

  /// Community services that never bring recovery leave everyone they see untreated, with the
  /// crisis hazard of their illness; with recovery they leave well. So crises rise when the
  /// community recovery rate falls to 0 (before, people left community care with no risk).
  @Test("leaving community care unrecovered carries the crisis hazard")
  func communityLeaversAreAtRisk() async throws {
    let pair = try await careBatches([
      (.hub, ["pathway.recovery.community=1"]), (.hub, ["pathway.recovery.community=0"]),
    ])
    expectRise(paired(pair[0], pair[1], "crises.per_year"), "crises.per_year")
  }
}
