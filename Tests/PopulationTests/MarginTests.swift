import Population
import Testing

/// The synthetic population reproduces its area's margins within sampling error.
@Suite struct MarginTests {
  @Test func populationHasTheAreaSizeAndNumberedPeople() throws {
    let population = try sandwell()
    #expect(population.count == population.area.population)
    #expect(population.count == 341_900)
    #expect(population.people.enumerated().allSatisfy { Int($0.element.id) == $0.offset })
  }

  @Test func ageBandBySexSharesAreWithinThreeStandardErrors() throws {
    let population = try sandwell()
    let n = population.count
    for band in AgeBand.allCases {
      for sex in Sex.allCases {
        let expected = population.area.share(of: band, sex)
        let observed = Double(count(population) { $0.band == band && $0.sex == sex }) / Double(n)
        #expect(abs(observed - expected) <= 3 * proportionSE(expected, n), "\(band.rawValue) \(sex)")
      }
    }
  }

  @Test func ethnicityAndDeprivationSharesAreWithinThreeStandardErrors() throws {
    let population = try sandwell()
    let n = population.count
    for group in Ethnicity.allCases {
      let expected = try #require(population.area.ethnicityShares[group])
      let observed = Double(count(population) { $0.ethnicity == group }) / Double(n)
      #expect(abs(observed - expected) <= 3 * proportionSE(expected, n), "\(group)")
    }
    for quintile in 1...5 {
      let expected = population.area.imdQuintileShares[quintile - 1]
      let observed = Double(count(population) { $0.imdQuintile == quintile }) / Double(n)
      #expect(abs(observed - expected) <= 3 * proportionSE(expected, n), "quintile \(quintile)")
    }
  }

  @Test func sexSplitMatchesTheCensus() throws {
    let population = try sandwell()
    let census = 173_600.0 / (173_600 + 168_200)
    let expected = AgeBand.allCases.reduce(0) { $0 + population.area.share(of: $1, .female) }
    #expect(abs(expected - census) < 0.0005)
    let observed = Double(count(population) { $0.sex == .female }) / Double(population.count)
    #expect(abs(observed - expected) <= 3 * proportionSE(expected, population.count))
  }

  @Test func longTermConditionFollowsAgeWithinThreeStandardErrors() throws {
    let population = try sandwell()
    for band in AgeBand.allCases {
      let p = try #require(population.area.longTermCondition[band])
      let inBand = count(population) { $0.band == band }
      let observed = Double(count(population) { $0.band == band && $0.longTermCondition }) / Double(inBand)
      #expect(abs(observed - p) <= 3 * proportionSE(p, inBand), "\(band.rawValue)")
    }
  }

  @Test func sameSeedGivesTheSamePopulationAndAnotherSeedDoesNot() throws {
    let area = try loadArea("sandwell").scaled(by: 0.05)
    let first = SyntheticPopulation(area: area, seed: 42)
    let second = SyntheticPopulation(area: area, seed: 42)
    let other = SyntheticPopulation(area: area, seed: 43)
    #expect(first.people == second.people)
    #expect(first.people != other.people)
    #expect(first.count == other.count)
  }

  @Test func aTinyAreaWorks() throws {
    let area = try loadArea("sandwell").scaled(by: 500 / 341_900)
    #expect(area.population == 500)
    let population = SyntheticPopulation(area: area, seed: 9)
    #expect(population.count == 500)
    #expect(population.people.allSatisfy { $0.age >= 0 && $0.age <= AgeBand.oldestAge })
    let inflow = ReferralInflow(population: population)
    #expect(abs(inflow.newReferralsPerYear - area.referralsPerYear * 0.75) < 1e-9)
    let referrals = inflow.referrals(replication: 0, seed: 9, horizonDays: 5 * 365.25)
    #expect(!referrals.isEmpty)
    #expect(zip(referrals, referrals.dropFirst()).allSatisfy { $0.day <= $1.day })
    #expect(referrals.allSatisfy { population.people[Int($0.person)].age >= area.eligibleAge })
  }

  @Test func ipswichOpensAtThirteenAndCountsTeenagers() throws {
    let area = try loadArea("ipswich-east-suffolk")
    #expect(area.eligibleAge == 13)
    let population = SyntheticPopulation(area: try area.scaled(by: 0.1), seed: 3)
    let teenagers = population.people.filter { (13...15).contains($0.age) }
    #expect(!teenagers.isEmpty)
    #expect(teenagers.contains { $0.state.isCMD })
    #expect(population.people.allSatisfy { $0.age >= 13 || $0.state == .none })
  }
}
