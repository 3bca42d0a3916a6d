import CareModel
import Foundation
import Population
import Scenario
import Testing

/// Cash as a commissioner pays it: staff and beds cost the same busy or idle, payers add up to
/// the total, and QALYs accrue by state.
@Suite("Staff costing, beds, payers and QALYs")
struct StaffCostingTests {
  let short = ["horizon=1.25y", "warmup=0.25y"]

  /// Half the hub's step-3 WTE cost exactly that many WTE-years less staff a year (besides the
  /// call-backs, whose hours follow the sessions booked) and give longer step-3 waits; each
  /// payer's cost adds up to the total.
  @Test("fewer WTE cost less cash and wait longer")
  func fewerStaff() throws {
    let (design, area) = try loadCare(.hub, short)
    let wte = try #require(design.services.first { $0.id == "step3" }?.staff)
    let (thin, _) = try loadCare(.hub, short + ["services.step3.wte=\(wte / 2)"])
    let full = runOnce(design, area)
    let fewer = runOnce(thin, area)
    let perWTE = try #require(design.costs?.staffPerWTEYear["step3"])
    let perHour = try #require(design.costs?.callbackHour)
    let staff = { (result: CareReplicationResult) in
      (result.metric("cost.staff.per_year") ?? .nan) - (result.metric("callbacks.staff_hours.per_year") ?? .nan)
        * perHour
    }
    let saved = staff(full) - staff(fewer)
    #expect(abs(saved - wte / 2 * perWTE) < 1e-6 * saved, "staff cost -\(saved) for \(wte / 2) WTE at \(perWTE)")
    let waitFull = try #require(full.metric("service.step3.wait.mean"))
    let waitFewer = try #require(fewer.metric("service.step3.wait.mean"))
    #expect(waitFewer > waitFull + 5, "step 3 waits \(waitFull) days with \(wte) WTE, \(waitFewer) with \(wte / 2)")
    for result in [full, fewer] {
      let total = try #require(result.metric("cost.total.per_year"))
      let payers = ["talking_therapies", "mental_health_trust", "local_authority", "primary_care"].map {
        result.metric("cost.\($0).per_year") ?? .nan
      }
      #expect(abs(payers.reduce(0, +) - total) < 1e-6 * total, "payers \(payers) against total \(total)")
    }
  }

  /// Twice the beds: the empty ones are still paid for. Local bed cost is beds x fixed share x
  /// bed-day cost x 365.25 plus occupied days x the marginal share, in both designs.
  @Test("empty beds are still paid for")
  func emptyBeds() throws {
    for beds in [40, 80] {
      let (design, area) = try loadCare(.standard2009, short + ["services.inpatient.beds=\(beds)"])
      let result = runOnce(design, area)
      let costs = try #require(design.costs)
      let days = try #require(result.metric("beddays.per_year"))
      let expected =
        Double(beds) * costs.bedFixedShare * costs.bedDay * 365.25 + days * (1 - costs.bedFixedShare) * costs.bedDay
      let cost = try #require(result.metric("cost.beds.per_year"))
      #expect(abs(cost - expected) < 1e-6 * expected, "\(beds) beds: \(cost) against \(expected)")
      if beds == 80 {
        let used = try #require(result.metric("service.inpatient.utilisation"))
        #expect(used < 0.9, "80 beds stand partly empty (\(used)) and still cost \(cost)")
      }
    }
  }

  /// QALYs scale with the utilities: all utilities halved halve the QALYs; all zero gives zero.
  @Test("QALYs are utility times time")
  func qalysScaleWithUtility() throws {
    var (design, area) = try loadCare(.oneStep, ["horizon=1.5y", "warmup=0.5y"])
    let plain = runOnce(design, area)
    let u = design.utilities
    design.utilities = UtilitySpec(
      symptomatic: u.symptomatic.mapValues { $0 / 2 }, recovered: u.recovered / 2, secondaryCare: u.secondaryCare / 2,
      inpatient: u.inpatient / 2, postDischarge: u.postDischarge / 2)
    let halved = runOnce(design, area)
    let q = try #require(plain.metric("qaly.per_year"))
    let h = try #require(halved.metric("qaly.per_year"))
    #expect(q > 10, "people referred accrue QALYs: \(q) a year")
    #expect(abs(h - q / 2) < 1e-9 * q, "halved utilities: \(h) against \(q / 2)")
    design.utilities = UtilitySpec(
      symptomatic: [:], recovered: 0, secondaryCare: 0, inpatient: 0, postDischarge: 0)
    #expect(runOnce(design, area).metric("qaly.per_year") == 0)
  }

  /// A tiny case by hand: with every utility 1 and no suicide risk, a person accrues exactly the
  /// days from their referral to the end, which is also their natural course, so QALYs gained
  /// are 0; with the utilities at 0.5 the QALYs halve and the gains stay 0.
  @Test("with every utility 1 and no suicide risk, QALYs are the days referred and gains are zero")
  func tinyCaseByHand() throws {
    let text = try String(contentsOfFile: ShippedScenario.oneStep.path, encoding: .utf8)
    let flat = { (u: Double) in
      """
      risk:
        suicide_per_100k: {general: 0, waiting: 0, in_treatment: 0, untreated: 0, recovered: 0, secondary: 0, inpatient: 0, post_discharge: 0}
      utilities:
        symptomatic: {mild_moderate: \(u), severe_cmd: \(u), smi: \(u)}
        recovered: \(u)
        secondary_care: \(u)
        inpatient: \(u)
        post_discharge: \(u)
      """
    }
    let (design, area) = try temporaryDesign(
      text.replacingOccurrences(of: "horizon: 5y", with: "horizon: 2y") + "\n" + flat(1), area: "sandwell")
    let result = runOnce(design, area)
    let qalys = try #require(result.metric("qaly.per_year"))
    let gained = try #require(result.metric("qaly.gained.per_year"))
    #expect(qalys > 5, "about 120 referrals a year accrue person-years: \(qalys)")
    #expect(abs(gained) < 1e-9 * qalys, "gains \(gained) against QALYs \(qalys)")
    let (half, _) = try temporaryDesign(
      text.replacingOccurrences(of: "horizon: 5y", with: "horizon: 2y") + "\n" + flat(0.5), area: "sandwell")
    let halved = runOnce(half, area)
    #expect(abs((halved.metric("qaly.per_year") ?? .nan) - qalys / 2) < 1e-9 * qalys)
    #expect(abs(halved.metric("qaly.gained.per_year") ?? .nan) < 1e-9 * qalys)
  }

  /// Deaths at 0.001 a day over days 0-10 of a 100-day projection, utility 0.5: by hand
  /// 0.001 x 0.5 x (100^2 - 90^2) / 2 = 0.475 utility-days, and the same by a Riemann sum.
  @Test("QALYs lost to suicide by hand")
  func lostQALYsByHand() {
    let exact = QALYAccounting.lostUtilityDays(rate: 0.001, utility: 0.5, from: 0, to: 10, end: 100)
    #expect(abs(exact - 0.475) < 1e-12)
    let steps = 100_000
    let width = 10.0 / Double(steps)
    let sum = (0..<steps).reduce(0.0) { total, k in
      let t = (Double(k) + 0.5) * width
      return total + 0.001 * width * 0.5 * (100 - t)
    }
    #expect(abs(sum - exact) < 1e-9)
  }

  /// The natural course of an episode referred on day 10 (utility 0.4 while ill, 0.7 after
  /// remission at 0.002 a day) over days 20-200: the closed form against a Riemann sum, and
  /// without remission the symptomatic utility times the days.
  @Test("the natural course of an episode by hand")
  func naturalCourseByHand() {
    let exact = QALYAccounting.naturalCourseUtilityDays(
      from: 20, to: 200, origin: 10, symptomatic: 0.4, recovered: 0.7, remissionPerDay: 0.002)
    let steps = 200_000
    let width = 180.0 / Double(steps)
    let sum = (0..<steps).reduce(0.0) { total, k in
      let t = 20 + (Double(k) + 0.5) * width
      return total + width * (0.7 - 0.3 * exp(-0.002 * (t - 10)))
    }
    #expect(abs(sum - exact) < 1e-6, "\(exact) against \(sum)")
    let flat = QALYAccounting.naturalCourseUtilityDays(
      from: 20, to: 200, origin: 10, symptomatic: 0.4, recovered: 0.7, remissionPerDay: 0)
    #expect(abs(flat - 72) < 1e-12)
  }

  /// Expected suicides of an episode's natural course (referred on day 0: ill at 0.004 a day,
  /// remitting at 0.01 a day, then 0.002 a day for a 100-day window, then 0.001) over days
  /// 50-400: the closed form against a Riemann sum of the hazard
  /// 0.001 + 0.002 e^(-0.01 x) + 0.001 e^(-0.01 max(0, x - 100)); without remission the ill rate
  /// times the days.
  @Test("the natural course's expected suicides by hand")
  func naturalCourseDeathsByHand() {
    let exact = QALYAccounting.naturalCourseDeaths(
      from: 50, to: 400, origin: 0, ill: 0.004, recovered: 0.002, well: 0.001, remissionPerDay: 0.01, window: 100)
    let steps = 350_000
    let width = 350.0 / Double(steps)
    let sum = (0..<steps).reduce(0.0) { total, k in
      let x = 50 + (Double(k) + 0.5) * width
      return total + width * (0.001 + 0.002 * exp(-0.01 * x) + 0.001 * exp(-0.01 * max(0, x - 100)))
    }
    #expect(abs(sum - exact) < 1e-9, "\(exact) against \(sum)")
    let ill = QALYAccounting.naturalCourseDeaths(
      from: 50, to: 400, origin: 0, ill: 0.004, recovered: 0.002, well: 0.001, remissionPerDay: 0, window: 100)
    #expect(abs(ill - 0.004 * 350) < 1e-12)
  }

  /// Discounting and uplift against hand values: year 3 at 3.5% is 1 / 1.035^2; a run's
  /// discounted total is its yearly costs at those factors; the purposeful year (2011/12) and a
  /// suicide (2009/10) are uplifted with the GDP deflator's multipliers.
  @Test("discounting and uplift by hand")
  func discountingByHand() throws {
    let (design, area) = try loadCare(.standard2009, ["horizon=3.25y", "warmup=0.25y"])
    let costs = try #require(design.costs)
    #expect(abs(costs.discountFactor(year: 3) - 1 / (1.035 * 1.035)) < 1e-15)
    #expect(abs(costs.discountFactor(year: 2, rate: 0.015) - 1 / 1.015) < 1e-15)
    #expect(abs(costs.purposefulYearValue - 30000 * 1.351) < 1e-9)
    #expect(abs(costs.suicideValue - 1_670_000 * 1.399) < 1e-6)
    let result = runOnce(design, area)
    let yearly = try #require(result.yearly.first { $0.name == "cost.total" }?.values)
    #expect(yearly.count == 3)
    let byHand = yearly[0] + yearly[1] / 1.035 + yearly[2] / (1.035 * 1.035)
    let total = try #require(result.metric("cost.discounted_total"))
    #expect(abs(total - byHand) < 1e-9 * byHand, "\(total) against \(byHand)")
    let qalys = try #require(result.yearly.first { $0.name == "qaly" }?.values)
    let qalyByHand = qalys[0] + qalys[1] / 1.035 + qalys[2] / (1.035 * 1.035)
    #expect(abs(try #require(result.metric("qaly.discounted_total")) - qalyByHand) < 1e-9 * qalyByHand)
  }

  /// The 2009 file with `extra` sections appended, loaded beside its area file.
  func with(_ extra: String) throws -> (CareDesign, Area) {
    let text = try String(contentsOfFile: ShippedScenario.standard2009.path, encoding: .utf8)
    return try temporaryDesign(text + "\n" + extra, area: "sandwell-2011")
  }

  /// A scenario's utilities replace the defaults.
  @Test("utilities are read from the scenario")
  func utilitiesRead() throws {
    let (design, _) = try with("utilities:\n  recovered: 0.8\n  in_treatment: {severe_cmd: 0.5}\n")
    #expect(design.utilities.recovered == 0.8)
    #expect(design.utilities.utility(.inTreatment, need: .severeCMD) == 0.5)
    #expect(
      design.utilities.utility(.inTreatment, need: .mildModerate) == UtilitySpec.defaults.symptomatic[.mildModerate])
    let (costed, _) = try with("costs:\n  costing: {step3: activity}\n  payers: {cmht: local_authority}\n")
    #expect(costed.costs?.mode(of: "step3") == .activity)
    #expect(costed.costs?.mode(of: "step2") == .capacity)
    #expect(costed.costs?.payer(of: "cmht", role: .cmht) == .localAuthority)
    #expect(costed.costs?.payer(of: "crisis", role: .crisis) == .mentalHealthTrust)
  }

  /// Bad costing and utility keys exit with the key path and what is allowed.
  @Test("bad costing and utility keys are refused with their key path")
  func badKeys() {
    let cases = [
      ("costs:\n  costing: {step3: sometimes}\n", "costs.costing.step3"),
      ("costs:\n  payers: {step3: nobody}\n", "costs.payers.step3"),
      ("costs:\n  bed_fixed_share: 1.5\n", "costs.bed_fixed_share"),
      ("costs:\n  costing: {nowhere: activity}\n", "costs.costing.nowhere"),
      ("costs:\n  thresholds: [-5]\n", "costs.thresholds"),
      ("utilities:\n  recovered: 1.2\n", "utilities.recovered"),
      ("utilities:\n  symptomatic: {worried: 0.5}\n", "utilities.symptomatic.worried"),
    ]
    for (extra, keyPath) in cases {
      do {
        _ = try with(extra)
        Issue.record("\(keyPath) was accepted")
      } catch {
        #expect("\(error)".contains(keyPath), "\(error)")
      }
    }
  }
}
