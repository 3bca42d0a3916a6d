import Population
import Testing

/// The new-episode inflow: calibration, person-dependence, timing and determinism.
@Suite struct ReferralInflowTests {
  static let year = 365.25

  /// New-episode referrals of replications 0..<count over one year each.
  static func yearCounts(_ inflow: ReferralInflow, replications count: Int, seed: UInt64 = testSeed) -> [Int] {
    (0..<count).map { inflow.referrals(replication: $0, seed: seed, horizonDays: year).count }
  }

  @Test func expectedFirstYearIsTheTargetTimesTheNewEpisodeShare() throws {
    let inflow = try sandwellReferrals()
    #expect(abs(inflow.newReferralsPerYear - 10_900 * 0.75) < 1e-6)
    #expect(abs(inflow.expectedReferrals(fromDay: 0, toDay: ReferralInflowTests.year) - 10_900 * 0.75) < 1e-6)
    let sum = inflow.population.people.reduce(0) { $0 + inflow.referralRatePerYear(of: $1) }
    #expect(abs(sum - inflow.newReferralsPerYear) < 1e-6)
    #expect(inflow.propensityScale > 0)
    #expect(inflow.population.people.allSatisfy { inflow.referralProbability(of: $0) <= 1 })
  }

  @Test func aScenarioTargetAndShareReplaceTheArea() throws {
    let population = try sandwell()
    let inflow = ReferralInflow(population: population, newEpisodeShare: 0.6, referralsPerYear: 12_000)
    #expect(abs(inflow.newReferralsPerYear - 12_000 * 0.6) < 1e-6)
    #expect(inflow.targetReferralsPerYear == 12_000)
  }

  @Test func simulatedSandwellReferralsAreInsideThePlausibleRange() throws {
    let inflow = try sandwellReferrals()
    let replications = 4
    let counts = ReferralInflowTests.yearCounts(inflow, replications: replications)
    let meanNew = Double(counts.reduce(0, +)) / Double(replications)
    let allReferrals = meanNew / inflow.newEpisodeShare
    #expect((8_900...12_300).contains(allReferrals))
    // Poisson counts: the standard error of the mean of all referrals a year.
    let se = (inflow.newReferralsPerYear / Double(replications)).squareRoot() / inflow.newEpisodeShare
    #expect(abs(allReferrals - 10_900) <= 3 * se)
  }

  @Test(arguments: PopulationDimension.allCases)
  func simulatedGroupsMatchTheirExpectedRates(dimension: PopulationDimension) throws {
    let inflow = try sandwellReferrals()
    let replications = 2
    var observed = [Double](repeating: 0, count: dimension.groups.count)
    for replication in 0..<replications {
      for referral in inflow.referrals(replication: replication, seed: testSeed, horizonDays: ReferralInflowTests.year)
      {
        observed[dimension.groupIndex(of: inflow.population.people[Int(referral.person)])] += 1
      }
    }
    for (index, expected) in inflow.expectedReferralsPerYear(by: dimension).enumerated() {
      let mean = observed[index] / Double(replications)
      let se = (expected.perYear / Double(replications)).squareRoot()
      #expect(abs(mean - expected.perYear) <= Swift.max(3 * se, 1e-9), "\(dimension) \(expected.group)")
    }
  }

  @Test func referralsAreSortedEligibleAndCarryACMDEpisode() throws {
    let inflow = try sandwellReferrals()
    let referrals = inflow.referrals(replication: 1, seed: testSeed, horizonDays: 2 * ReferralInflowTests.year)
    #expect(zip(referrals, referrals.dropFirst()).allSatisfy { $0.day <= $1.day })
    #expect(referrals.allSatisfy { $0.day >= 0 && $0.day < 2 * ReferralInflowTests.year })
    for referral in referrals {
      let person = inflow.population.people[Int(referral.person)]
      #expect(person.age >= 16 && person.state != .smi)
      #expect(referral.episodeState.isCMD)
      if person.state.isCMD { #expect(referral.episodeState == person.state) }
    }
    let selfShare = Double(referrals.filter { $0.route == .`self` }.count) / Double(referrals.count)
    #expect(abs(selfShare - 0.6) <= 3 * proportionSE(0.6, referrals.count))
    let byState = inflow.expectedReferralsPerYearByEpisodeState()
    let severeExpected = try #require(byState[.severeCMD]) / inflow.newReferralsPerYear
    let severe = Double(referrals.filter { $0.episodeState == .severeCMD }.count) / Double(referrals.count)
    #expect(abs(severe - severeExpected) <= 3 * proportionSE(severeExpected, referrals.count))
  }

  @Test func sameSeedAndReplicationGiveTheSameReferrals() throws {
    let inflow = try sandwellReferrals()
    let a = inflow.referrals(replication: 3, seed: 99, horizonDays: 200)
    let b = inflow.referrals(replication: 3, seed: 99, horizonDays: 200)
    let c = inflow.referrals(replication: 4, seed: 99, horizonDays: 200)
    #expect(a == b)
    #expect(a != c)
  }

  @Test func referralProbabilityFallsWithAge() throws {
    let inflow = try sandwellReferrals()
    let people = inflow.population.people.filter { $0.state == .none && $0.age >= 16 }
    let young = try #require(people.first { $0.age == 20 })
    let middle = try #require(people.first { $0.age == 47 })
    let old = try #require(people.first { $0.age == 80 })
    #expect(inflow.referralProbability(of: young) > inflow.referralProbability(of: middle))
    #expect(inflow.referralProbability(of: middle) > inflow.referralProbability(of: old))
    let area = inflow.population.area
    let ratio = inflow.referralProbability(of: young) / inflow.referralProbability(of: old)
    #expect(abs(ratio - area.referrals.propensity(age: 20) / area.referrals.propensity(age: 80)) < 1e-12)
  }

  /// Doubling the 16-24 band: the increase in referrals is the one the per-person rates predict.
  @Test func doublingTheYoungestAdultBandRaisesReferralsAsPredicted() throws {
    let base = try sandwell()
    let baseInflow = try sandwellReferrals()
    let area = base.area
    let young = try #require(area.ageBands[.age16to24]).share
    var bands = area.ageBands
    for (band, entry) in bands {
      let share = band == .age16to24 ? 2 * entry.share : entry.share
      bands[band] = AgeBandShare(share: share / (1 + young), femaleShare: entry.femaleShare)
    }
    let doubledArea = try Area(
      name: "sandwell-doubled-16-24", population: Int((Double(area.population) * (1 + young)).rounded()),
      eligibleAge: area.eligibleAge, ageBands: bands, ethnicityShares: area.ethnicityShares,
      imdQuintileShares: area.imdQuintileShares, prevalence: area.prevalence,
      longTermCondition: area.longTermCondition, episodes: area.episodes, referrals: area.referrals)
    let doubled = SyntheticPopulation(area: doubledArea, seed: testSeed)
    let doubledInflow = ReferralInflow(population: doubled, propensityScale: baseInflow.propensityScale)
    let predictedBase = base.people.reduce(0) { $0 + baseInflow.referralRatePerYear(of: $1) }
    let predictedDoubled = doubled.people.reduce(0) { $0 + doubledInflow.referralRatePerYear(of: $1) }
    let predictedRise = predictedDoubled - predictedBase
    // The young refer more than the average person, so referrals rise faster than the population.
    #expect(predictedRise / predictedBase > Double(doubled.count - base.count) / Double(base.count))
    let replications = 2
    let baseMean = Double(ReferralInflowTests.yearCounts(baseInflow, replications: replications).reduce(0, +)) / 2
    let doubledMean = Double(ReferralInflowTests.yearCounts(doubledInflow, replications: replications).reduce(0, +)) / 2
    let se = ((predictedBase + predictedDoubled) / Double(replications)).squareRoot()
    #expect(abs((doubledMean - baseMean) - predictedRise) <= 3 * se)
  }
}
