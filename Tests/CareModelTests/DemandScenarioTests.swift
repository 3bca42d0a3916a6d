import CareModel
import Foundation
import Population
import Scenario
import Testing

/// The scenario's demand keys move the referral inflow as documented (docs/scenarios.md,
/// "Demand"): a step change raises referrals from its date and leaves everything before it as it
/// was; growth raises each year's expected referrals by 1 + g.
@Suite("Demand scenarios in the referral inflow")
struct DemandScenarioTests {
  /// The new-episode inflow of sandwell-2025 (10,000 referrals a year, 7,500 new episodes) with
  /// `overrides`, and its seed and horizon.
  static func inflow(_ overrides: [String]) throws -> (inflow: ReferralInflow, seed: UInt64, horizon: Double) {
    let (design, area) = try loadCare(.today, overrides)
    let population = SyntheticPopulation(area: area, seed: design.seed)
    let inflow = ReferralInflow(
      population: population, newEpisodeShare: design.newEpisodeShare, referralsPerYear: design.referralsPerYear,
      startDayOfYear: dayOfYear(design.startDate), openDoor: design.openDoor)
    return (inflow, design.seed, design.horizonDays)
  }

  /// A self-referral campaign from 2026-09-01 (day 518) x1.15: the expected referrals of the
  /// year after it are exactly 1.15 times those without it; the sampled ones (about 8,600 against
  /// 7,500) are within 4 Poisson standard deviations of that expectation and their ratio to the
  /// run without the campaign is 1.15 +- 0.08 (4 standard errors of a ratio of two such counts);
  /// every referral before the date is the same person on the same day.
  @Test("a step change raises referrals after its date and leaves those before it identical")
  func stepChange() throws {
    let plain = try DemandScenarioTests.inflow([])
    let stepped = try DemandScenarioTests.inflow(["referrals.step_changes=[{date: 2026-09-01, multiplier: 1.15}]"])
    let (date, after) = (518.0, 518.0 + DayCount.perYear)
    let expectedPlain = plain.inflow.expectedReferrals(fromDay: date, toDay: after)
    let expectedStepped = stepped.inflow.expectedReferrals(fromDay: date, toDay: after)
    #expect(abs(expectedStepped / expectedPlain - 1.15) < 1e-9)
    #expect(
      abs(
        stepped.inflow.expectedReferrals(fromDay: 0, toDay: date)
          - plain.inflow.expectedReferrals(fromDay: 0, toDay: date))
        < 1e-6)
    let a = plain.inflow.gpReferrals(replication: 0, seed: plain.seed, horizonDays: plain.horizon)
    let b = stepped.inflow.gpReferrals(replication: 0, seed: stepped.seed, horizonDays: stepped.horizon)
    let beforeA = a.filter { $0.day < date }
    #expect(beforeA.count > 7_000)
    #expect(beforeA == b.filter { $0.day < date })
    let countA = Double(a.filter { $0.day >= date && $0.day < after }.count)
    let countB = Double(b.filter { $0.day >= date && $0.day < after }.count)
    #expect(abs(countB - expectedStepped) < 4 * expectedStepped.squareRoot(), "\(countB) against \(expectedStepped)")
    #expect(abs(countB / countA - 1.15) < 0.08, "\(countB) / \(countA)")
  }

  /// Growth of 5% a year: expected referrals of year 2 over year 1 are 1.05 exactly (the yearly
  /// cycle integrates to the same over each 365.25-day year); over four replications (about
  /// 30,000 referrals a year) the sampled ratio is within 4 standard errors of 1.05.
  @Test("growth raises each year's referrals by 1 + g")
  func growthByHand() throws {
    let grown = try DemandScenarioTests.inflow(["referrals.growth_per_year=0.05"])
    let year = DayCount.perYear
    let first = grown.inflow.expectedReferrals(fromDay: 0, toDay: year)
    let second = grown.inflow.expectedReferrals(fromDay: year, toDay: 2 * year)
    #expect(abs(second / first - 1.05) < 1e-9)
    var counts = (first: 0.0, second: 0.0)
    for replication in 0..<4 {
      let referrals = grown.inflow.gpReferrals(replication: replication, seed: grown.seed, horizonDays: 2 * year)
      counts.first += Double(referrals.filter { $0.day < year }.count)
      counts.second += Double(referrals.filter { $0.day >= year }.count)
    }
    let ratio = counts.second / counts.first
    let standardError = 1.05 * (1 / counts.first + 1 / counts.second).squareRoot()
    #expect(abs(ratio - 1.05) < 4 * standardError, "\(ratio) (SE \(standardError))")
  }

  /// Measures that count a referred person's suicide hazard from the start of their episode,
  /// which comes before their referral: the extra people referred after a step change add to
  /// them before its date.
  static let countedFromEpisodeStart = ["suicides.expected", "suicides.expected.population", "value.suicides"]

  /// One-step (120 referrals a year) with referrals doubled from 2026-04-02, the day after its
  /// first projection year ends: that year is identical to the run without the step change,
  /// except for the suicide measures counted from each referred episode's start.
  @Test("a step change leaves the care run before its date identical")
  func careRunBeforeTheDate() throws {
    let (plain, area) = try loadCare(.oneStep, ["horizon=3y"])
    let (stepped, steppedArea) = try loadCare(
      .oneStep, ["horizon=3y", "referrals.step_changes=[{date: 2026-04-02, multiplier: 2}]"])
    let before = runOnce(plain, area)
    let after = runOnce(stepped, steppedArea)
    #expect(before.yearly.count > 20)
    for (a, b) in zip(before.yearly, after.yearly) where !DemandScenarioTests.countedFromEpisodeStart.contains(a.name) {
      #expect(a.values[0] == b.values[0] || (a.values[0].isNaN && b.values[0].isNaN), "\(a.name)")
    }
    let referrals = try #require(after.yearlyValues("referrals"))
    let baseline = try #require(before.yearlyValues("referrals"))
    #expect(referrals[1] > baseline[1] * 1.4, "\(baseline) against \(referrals)")
  }
}
