import CareModel
import Population
import Testing

/// Access standards counted from the referral or from joining the list (`standard_from`).
@Suite struct StandardOriginTests {
  /// Referred on day 0, on the list from day 5, started on day 12, against a 10-day standard:
  /// 12 days from referral is a breach; 7 days from the list is within.
  @Test func theHandComputedCaseBreachesFromReferralOnly() {
    let fromReferral = StandardOrigin.referral.wait(now: 12, listDay: 5, referralDay: 0, treated: false)
    let fromList = StandardOrigin.list.wait(now: 12, listDay: 5, referralDay: 0, treated: false)
    #expect(fromReferral == 12)
    #expect(fromList == 7)
    #expect(!StandardOrigin.isWithin(wait: fromReferral, standard: 10))
    #expect(StandardOrigin.isWithin(wait: fromList, standard: 10))
  }

  /// A step-up after treatment has started is a referral within the provider: counted from the
  /// new list even when the standard counts from referral.
  @Test func aStepUpAfterTreatmentCountsFromItsList() {
    #expect(StandardOrigin.referral.wait(now: 100, listDay: 90, referralDay: 0, treated: true) == 10)
    #expect(StandardOrigin.isWithin(wait: 10, standard: 10))
  }

  /// A small design: every referral waits a fixed booking lead before joining an assessment list
  /// with room for everyone (list waits of a fraction of a day), against a 10-day standard.
  static func design(lead: Double, from origin: StandardOrigin) throws -> (CareDesign, Area) {
    let text = """
      version: 1
      name: standard-origin
      model: care
      area: ipswich-east-suffolk
      start_date: 2012-07-01
      horizon: 200d
      warmup: 50d
      replications: 1
      seed: 11
      referrals: {per_year: 3000}
      services:
        triage:
          kind: triage
          wte: 40
          assessments_per_wte_week: 100
          booking_lead: {distribution: fixed, value: \(lead)}
          standard: 10d
          standard_from: \(origin.rawValue)
        step2:
          kind: therapy
          wte: 200
          caseload_per_wte: 20
          sessions: {distribution: fixed, value: 2}
      pathway:
        entry: triage
        routes: {mild_moderate: {step2: 1}, severe_cmd: {step2: 1}, smi: {step2: 1}}
      """
    return try temporaryDesign(text)
  }

  /// With a 12-day lead every assessment starts more than 10 days after referral (a breach from
  /// referral) but within a day of joining the list (within the standard from the list); with a
  /// 5-day lead both count it within. Breaches a year equal starts a year when all breach.
  @Test(arguments: [
    (12.0, StandardOrigin.referral, 0.0), (12.0, .list, 1.0), (5.0, .referral, 1.0), (5.0, .list, 1.0),
  ])
  func bookingLeadCountsOnlyFromReferral(lead: Double, origin: StandardOrigin, within: Double) throws {
    let (design, area) = try StandardOriginTests.design(lead: lead, from: origin)
    let result = runOnce(design, area)
    let starts = try #require(result.metric("service.triage.starts.per_year"))
    #expect(starts > 1000, "enough assessments to judge: \(starts)")
    #expect(result.metric("service.triage.within_standard") == within)
    let breaches = try #require(result.metric("service.triage.breaches.per_year"))
    #expect(abs(breaches - starts * (1 - within)) < 1e-6 * starts)
    let listWait = try #require(result.metric("service.triage.wait.mean"))
    #expect(listWait < 1, "the list wait does not depend on the origin: \(listWait)")
  }
}
