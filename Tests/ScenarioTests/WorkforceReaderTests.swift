import CareModel
import Foundation
import Scenario
import SimCore
import Testing

/// The `workforce` section: vacancies, clinical time and the seasonal profile set a staffed
/// service's capacity exactly as docs/scenarios.md ("Workforce") says, and recruited changes
/// arrive the recruitment lead after their date.
@Suite("The workforce behind staffed services")
struct WorkforceReaderTests {
  /// The design of a shipped scenario with `--set` overrides.
  static func design(_ file: String = "sandwell-2025.yaml", _ overrides: [String] = []) throws -> CareDesign {
    let loaded = try LoadedScenario.load(
      path: shippedScenarios.appendingPathComponent(file).path, overrides: overrides.map(SetOverride.init))
    return try #require(loaded.design as? CareSetup).design
  }

  static func service(_ design: CareDesign, _ id: String) throws -> ServiceSpec {
    try #require(design.services.first { $0.id == id })
  }

  /// The mean capacity of `schedule` over days [a, b).
  static func meanCapacity(_ schedule: CapacitySchedule, from a: Double, to b: Double) -> Double {
    var total = 0.0
    for (index, step) in schedule.steps.enumerated() {
      let end = index + 1 < schedule.steps.count ? schedule.steps[index + 1].from : .infinity
      total += Double(step.capacity) * max(0, min(end, b) - max(step.from, a))
    }
    return total / (b - a)
  }

  /// Step 3 of sandwell-2025: 19 WTE x 16 places; triage: 7 WTE x 36 assessments a WTE-week.
  /// With 10% of step-3 posts vacant, places = round(19 x 0.9 x 16) = round(273.6) = 274 and
  /// 17.1 WTE are paid; with 20% of triage posts vacant, 7 x 0.8 = 5.6 WTE give round(5.6) = 6
  /// assessors of 7 x 6 / (5.6 x 36) days each, so 5.6 x 36 = 201.6 slots a week.
  @Test("vacancies lower places, assessors and paid WTE exactly as documented")
  func vacanciesByHand() throws {
    let design = try WorkforceReaderTests.design(
      "sandwell-2025.yaml",
      [
        "services.step3.workforce.vacancy_rate=0.1", "services.step3.in_service.count=270",
        "services.triage.workforce.vacancy_rate=0.2",
      ])
    let step3 = try WorkforceReaderTests.service(design, "step3")
    #expect(step3.capacity == CapacitySchedule(constant: 274))
    #expect(abs(step3.staff - 17.1) < 1e-12)
    #expect(step3.providers == 17, "one diary per WTE in post")
    let workforce = try #require(step3.workforce)
    #expect(workforce.contractedWTE == 19)
    #expect(abs(workforce.wteInPost - 17.1) < 1e-12)
    #expect(abs(workforce.capacityFactor - 0.9) < 1e-12)
    let triage = try WorkforceReaderTests.service(design, "triage")
    #expect(triage.capacity == CapacitySchedule(constant: 6))
    let assessment = try #require(triage.duration).mean
    #expect(abs(assessment - 7.0 * 6 / (5.6 * 36)) < 1e-12)
    #expect(abs(6 * 7 / assessment - 201.6) < 1e-9, "slots a week")
    #expect(abs(triage.staff - 5.6) < 1e-12)
  }

  /// A workforce section that states the reference year's values changes no service.
  @Test(
    "the defaults written out leave every service as without a workforce section",
    arguments: ["sandwell-2025.yaml", "sandwell-hub.yaml", "sandwell-standard-2009.yaml", "ipswich-iwa.yaml"])
  func defaultsChangeNothing(file: String) throws {
    let plain = try WorkforceReaderTests.design(file)
    let stated = try WorkforceReaderTests.design(
      file,
      [
        "workforce.vacancy_rate=0", "workforce.annual_leave_weeks=7", "workforce.sickness_rate=0.05",
        "workforce.training_weeks=1", "workforce.clinical_share=0.52", "workforce.seasonal.summer=1",
        "workforce.seasonal.christmas=1", "workforce.wte_per_person=0.85", "workforce.recruitment_lead=26w",
      ])
    #expect(plain.services.count == stated.services.count)
    for (a, b) in zip(plain.services, stated.services) {
      #expect(a.capacity == b.capacity, "\(a.id)")
      #expect(a.staff == b.staff, "\(a.id)")
      #expect(a.providers == b.providers, "\(a.id)")
      #expect(a.duration?.mean == b.duration?.mean, "\(a.id)")
      #expect(a.workforce == b.workforce, "\(a.id)")
      #expect((a.workforce != nil) == [.triage, .therapy, .coordination].contains(a.kind), "\(a.id)")
    }
  }

  /// Step 3 of sandwell-2025 has 19 x 16 = 304 places in the reference year (41.8 clinical
  /// weeks, 0.52 of time with patients). By hand: 9 weeks' leave gives (52 - 9 - 1) x 0.95 =
  /// 39.9 weeks, 304 x 39.9 / 41.8 = 290.18; 10% sickness (52 - 8) x 0.9 = 39.6 weeks, 288.0;
  /// 3 weeks' training 39.9 weeks, 290.18; a clinical share of 0.39, 304 x 0.75 = 228.
  @Test(
    "clinical weeks and clinical share scale places by hand",
    arguments: [
      ("services.step3.workforce.annual_leave_weeks=9", 290), ("services.step3.workforce.sickness_rate=0.1", 288),
      ("services.step3.workforce.training_weeks=3", 290), ("services.step3.workforce.clinical_share=0.39", 228),
    ])
  func clinicalTimeByHand(override: String, places: Int) throws {
    let design = try WorkforceReaderTests.design(
      "sandwell-2025.yaml", [override, "services.step3.in_service.count=200"])
    let step3 = try WorkforceReaderTests.service(design, "step3")
    #expect(step3.capacity == CapacitySchedule(constant: places))
    #expect(step3.staff == 19, "leave, sickness, training and other work are paid")
  }

  /// Summer x0.8 and Christmas x0.5: in calendar 2026 (365 days) the rest of the year is
  /// (365 - 48 x 0.8 - 14 x 0.5) / (365 - 62) = 319.6 / 303, so the factor integrates to 365;
  /// in 2028 (366 days) (366 - 45.4) / 304.
  @Test("the seasonal profile keeps each calendar year's mean")
  func seasonalProfileByHand() throws {
    let seasons = SeasonalCapacity(summer: 0.8, christmas: 0.5)
    #expect(abs(seasons.restFactor(yearDays: 365) - 319.6 / 303) < 1e-12)
    #expect(abs(seasons.restFactor(yearDays: 366) - 320.6 / 304) < 1e-12)
    for (start, days) in [("2026-01-01", 365.0), ("2028-01-01", 366.0)] {
      let profile = seasons.profile(startDate: start, horizonDays: days)
      var integral = 0.0
      for (index, step) in profile.enumerated() {
        let end = index + 1 < profile.count ? profile[index + 1].day : days
        integral += step.factor * (end - step.day)
      }
      #expect(abs(integral - days) < 1e-9, "\(start): \(integral)")
      #expect(profile.map(\.day) == [0, 4, 195, 243, 355].map { $0 + (days == 366 && $0 > 31 ? 1 : 0) })
    }
    #expect(seasons.factor(month: 8, day: 10, yearDays: 365) == 0.8)
    #expect(seasons.factor(month: 1, day: 3, yearDays: 365) == 0.5)
    #expect(SeasonalCapacity.flat.profile(startDate: "2026-01-01", horizonDays: 365).count == 1)
  }

  /// Step 3's 304 places with the same profile: 2026-08-10 (day 496 of a run from 2025-04-01)
  /// has round(304 x 0.8) = 243 places, Christmas round(152) = 152, February round(304 x
  /// 319.6 / 303) = 321; over calendar 2026 (days 275 to 640) the mean is 304 within rounding.
  @Test("a service's places dip in August and at Christmas and keep the year's mean")
  func seasonalPlaces() throws {
    let design = try WorkforceReaderTests.design(
      "sandwell-2025.yaml", ["services.step3.workforce.seasonal={summer: 0.8, christmas: 0.5}"])
    let schedule = try WorkforceReaderTests.service(design, "step3").capacity
    #expect(schedule.capacity(at: 496) == 243)
    #expect(schedule.capacity(at: 633) == 152, "2025-12-25 is day 268; 2026-12-25 is day 633")
    #expect(schedule.capacity(at: 268) == 152)
    #expect(schedule.capacity(at: 320) == 321)
    let mean = WorkforceReaderTests.meanCapacity(schedule, from: 275, to: 640)
    #expect(abs(mean - 304) <= 0.5, "\(mean)")
    #expect(schedule.capacity(at: 0) == 321, "April is outside both windows")
  }

  /// A recruited change decided on 2026-04-01 with a 26-week lead takes effect on day 365 + 182:
  /// the same day and design as a plain change written for 2026-09-30.
  @Test("a recruited change arrives the recruitment lead after its date")
  func recruitedArrival() throws {
    let lead = "services.therapy.workforce.recruitment_lead=26w"
    let recruited = try WorkforceReaderTests.design(
      "teaching/one-step.yaml", [lead, "changes=[{date: 2025-04-01, recruited: true, set: {services.therapy.wte: 3}}]"])
    let dated = try WorkforceReaderTests.design(
      "teaching/one-step.yaml", [lead, "changes=[{date: 2025-09-30, set: {services.therapy.wte: 3}}]"])
    let arrival = try #require(recruited.changes.first)
    let plain = try #require(dated.changes.first)
    #expect(arrival.day == 365 + 182)
    #expect(arrival.day == plain.day)
    #expect(arrival.date == "2025-09-30")
    #expect(arrival.design.services[0].capacity == plain.design.services[0].capacity)
    #expect(arrival.design.services[0].capacity == CapacitySchedule(constant: 24))
  }

  /// Changes take effect in arrival order: posts recruited on 2025-01-01 (default lead 182
  /// days, arriving 2025-07-02) come after a plain change of 2025-03-01, and the design they
  /// bring keeps that change's value.
  @Test("changes apply in the order they take effect")
  func arrivalOrder() throws {
    let design = try WorkforceReaderTests.design(
      "teaching/one-step.yaml",
      [
        "changes=[{date: 2025-01-01, recruited: true, set: {services.therapy.wte: 3}},"
          + " {date: 2025-03-01, set: {policies.dna.rate: 0.1}}]"
      ])
    #expect(design.changes.map(\.date) == ["2025-03-01", "2025-07-02"])
    #expect(design.changes.map(\.day) == [334, 275 + 182])
    #expect(design.changes[1].design.policies.dnaRate == 0.1)
    #expect(design.changes[0].design.services[0].capacity == CapacitySchedule(constant: 16))
    #expect(design.changes[1].design.services[0].capacity == CapacitySchedule(constant: 24))
  }

  @Test(
    "people to recruit by hand",
    arguments: [
      (19.0, 0.1, 0.85, 3.0, 4),  // 3 x 0.9 / 0.85 = 3.18
      (19.0, 0.0, 0.85, 1.7, 2),  // 1.7 / 0.85 = 2 (within 1e-9)
      (10.0, 0.0, 1.0, 0.2, 1),  // a fifth of a post is one person
      (10.0, 0.5, 0.5, 4.0, 4),  // 4 x 0.5 / 0.5
      (10.0, 0.2, 0.85, 0.0, 0),
      (10.0, 0.2, 0.85, -2.0, 0),
    ])
  func peopleToRecruit(contracted: Double, vacancy: Double, wtePerPerson: Double, extra: Double, people: Int) {
    let workforce = WorkforceSpec(contractedWTE: contracted, vacancyRate: vacancy, wtePerPerson: wtePerPerson)
    #expect(workforce.peopleToRecruit(extraContractedWTE: extra) == people)
  }

  @Test("the reference year has 41.8 clinical weeks and a capacity factor of exactly 1")
  func referenceYear() {
    #expect(abs(WorkforceSpec.referenceClinicalWeeks - 41.8) < 1e-12)
    let reference = WorkforceSpec(contractedWTE: 12.5)
    #expect(reference.capacityFactor == 1)
    #expect(reference.effectiveWTE == 12.5)
    #expect(reference.recruitmentLeadDays == 182)
    let tired = WorkforceSpec(contractedWTE: 10, vacancyRate: 0.2, sicknessRate: 0.1, clinicalShare: 0.39)
    #expect(abs(tired.capacityFactor - 0.8 * (44 * 0.9 / 41.8) * 0.75) < 1e-12)
  }

  @Test(
    "a bad workforce value is refused with the key path and both ends of the range",
    arguments: [
      ("services.step3.workforce.vacancy_rate=0.95", "services.step3.workforce.vacancy_rate", "from 0 to 0.9"),
      ("workforce.sickness_rate=0.6", "workforce.sickness_rate", "from 0 to 0.5"),
      ("workforce.annual_leave_weeks=-1", "workforce.annual_leave_weeks", "from 0 to 20"),
      ("workforce.training_weeks=11", "workforce.training_weeks", "from 0 to 10"),
      ("workforce.clinical_share=0", "workforce.clinical_share", "from 0.05 to 1"),
      ("services.step2.workforce.seasonal.summer=3", "services.step2.workforce.seasonal.summer", "from 0.1 to 2"),
      ("workforce.wte_per_person=1.5", "workforce.wte_per_person", "from 0.1 to 1"),
      ("workforce.recruitment_lead=6y", "workforce.recruitment_lead", "to 5y"),
      ("workforce.vacancy=0.1", "workforce.vacancy", "vacancy_rate"),
      ("services.cmht.workforce.vacancy_rate=0.1", "services.cmht.workforce", "triage, therapy or coordination"),
      (
        "changes=[{date: 2026-04-01, recruited: true, set: {policies.dna.rate: 0.1}}]",
        "changes.1.set.policies.dna.rate",
        "services.<id>.wte"
      ),
      (
        "changes=[{date: 2026-04-01, recruited: true, set: {services.step2.wte: 13.4}}]",
        "changes.1.set.services.step2.wte",
        "a rise in WTE"
      ),
      (
        "changes=[{date: 2026-04-01, set: {workforce.recruitment_lead: 1y}}]",
        "changes.1.set.workforce.recruitment_lead",
        "recruitment_lead"
      ),
    ])
  func refused(override: String, keyPath: String, allowed: String) throws {
    do {
      _ = try WorkforceReaderTests.design("sandwell-2025.yaml", [override])
      Issue.record("\(override) loaded")
    } catch let error as ScenarioError {
      #expect("\(error)".hasPrefix("--set \(override): \(keyPath)"), "\(error)")
      #expect(error.allowedText.contains(allowed), "\(error)")
    }
  }

  /// Vacancy rates may change mid-run: the design from the date has the new places.
  @Test("a dated change may set a vacancy rate")
  func vacancyInAChange() throws {
    let design = try WorkforceReaderTests.design(
      "sandwell-2025.yaml", ["changes=[{date: 2026-04-01, set: {services.step3.workforce.vacancy_rate: 0.25}}]"])
    let change = try #require(design.changes.first)
    #expect(try WorkforceReaderTests.service(change.design, "step3").capacity == CapacitySchedule(constant: 228))
    #expect(try WorkforceReaderTests.service(design, "step3").capacity == CapacitySchedule(constant: 304))
  }
}
