import Foundation
import Population
import Scenario
import Testing

/// The area of the 2009 and hub scenarios: Sandwell at the 2011 Census.
@Suite struct EraAreaTests {
  @Test("the 2011 area file is read with the Census 2011 total and margins")
  func censusTwentyElevenIsRead() throws {
    let area = try loadArea("sandwell-2011")
    #expect(area.population == 308_063)
    #expect(area.eligibleAge == 16)
    #expect(area.referralsPerYear == 5_800)
    #expect(area.referrals.selfReferralShare == 0)
    let asian = try #require(area.ethnicityShares[.asian])
    #expect(abs(asian - 0.192) < 1e-12)
    #expect(abs(area.ethnicityShares.values.reduce(0, +) - 1) < 1e-9)
  }

  /// The synthetic population has 308,063 people, exactly (one record per resident).
  @Test("the 2011 population has 308,063 people")
  func populationHasTheCensusTotal() throws {
    let population = SyntheticPopulation(area: try loadArea("sandwell-2011"), seed: testSeed)
    #expect(population.people.count == 308_063)
    // Asian residents: within 4 standard errors of 19.2%.
    let asian = count(population) { $0.ethnicity == .asian }
    let share = Double(asian) / 308_063
    #expect(abs(share - 0.192) < 4 * proportionSE(0.192, 308_063), "Asian share \(share)")
  }
}
