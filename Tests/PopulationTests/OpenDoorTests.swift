import Foundation
import Population
import Testing

/// The open door adds self-referrals to the GP route and takes none away.
@Suite struct OpenDoorTests {
  static let horizonDays = 3 * 365.25

  static func inflows(_ door: OpenDoor) throws -> (closed: ReferralInflow, open: ReferralInflow) {
    let population = try sandwell()
    return (
      ReferralInflow(population: population, newEpisodeShare: 0.65, referralsPerYear: 5_800),
      ReferralInflow(population: population, newEpisodeShare: 0.65, referralsPerYear: 5_800, openDoor: door)
    )
  }

  /// With the door closed the referrals are exactly the GP route's; opening it keeps every one of
  /// them (same day, person, route and episode) and adds only self-referrals.
  @Test("switching the open door off removes exactly the added referrals")
  func closingRemovesExactlyTheAdded() throws {
    let (closed, open) = try OpenDoorTests.inflows(OpenDoor(propensity: 0.03, mildModerateShare: 0.8))
    for replication in 0..<2 {
      let gp = closed.referrals(replication: replication, seed: testSeed, horizonDays: OpenDoorTests.horizonDays)
      let all = open.referrals(replication: replication, seed: testSeed, horizonDays: OpenDoorTests.horizonDays)
      let added = open.openDoorReferrals(
        replication: replication, seed: testSeed, horizonDays: OpenDoorTests.horizonDays)
      #expect(all.count == gp.count + added.count)
      let addedSet = Set(added)
      #expect(all.filter { !addedSet.contains($0) } == gp)
      #expect(added.allSatisfy { $0.route == .`self` })
      #expect(zip(all, all.dropFirst()).allSatisfy { $0.day <= $1.day })
    }
    #expect(closed.newReferralsPerYear == open.newReferralsPerYear)
  }

  /// The added referrals a year follow the hand-computable rate: sum over people of episodes a
  /// year x (1 - q) x propensity x D / (D + H), linear in the propensity; the count over three
  /// years is within 4 Poisson standard errors of it (with growth and the cycle), and the
  /// severity mix within 4 binomial standard errors.
  @Test("the added referrals follow the propensity and the severity mix")
  func addedReferralsFollowTheRate() throws {
    let door = OpenDoor(propensity: 0.03, mildModerateShare: 0.8)
    let (closed, open) = try OpenDoorTests.inflows(door)
    let population = try sandwell()
    let area = population.area
    let byHand = population.people.reduce(0.0) { total, person in
      let episodes = closed.episodeRatePerYear(of: person)
      let viaGP = closed.referralProbability(of: person) / area.episodes.helpBeforeRemission
      return total + episodes * (1 - viaGP) * door.propensity * area.episodes.helpBeforeRemission
    }
    #expect(abs(open.openDoorReferralsPerYear - byHand) < 1e-6 * byHand)
    let doubled = ReferralInflow(
      population: population, newEpisodeShare: 0.65, referralsPerYear: 5_800,
      openDoor: OpenDoor(propensity: 0.06, mildModerateShare: 0.8))
    #expect(abs(doubled.openDoorReferralsPerYear - 2 * open.openDoorReferralsPerYear) < 1e-6 * byHand)

    let added = open.openDoorReferrals(replication: 0, seed: testSeed, horizonDays: OpenDoorTests.horizonDays)
    let expected =
      open.openDoorReferralsPerYear * open.modulation.mean(fromDay: 0, toDay: OpenDoorTests.horizonDays)
      * OpenDoorTests.horizonDays / DayCount.perYear
    #expect(
      abs(Double(added.count) - expected) < 4 * expected.squareRoot(), "added \(added.count), expected \(expected)")
    let mild = Double(added.filter { $0.episodeState == .mildModerate }.count) / Double(added.count)
    #expect(abs(mild - 0.8) < 4 * proportionSE(0.8, added.count), "mild share \(mild)")
  }

  /// A door that opens on day d adds nothing before d.
  @Test("a door that opens mid-run adds nothing before it opens")
  func opensOnItsDay() throws {
    let (_, open) = try OpenDoorTests.inflows(OpenDoor(propensity: 0.03, mildModerateShare: 0.8, fromDay: 730.5))
    let added = open.openDoorReferrals(replication: 0, seed: testSeed, horizonDays: OpenDoorTests.horizonDays)
    #expect(!added.isEmpty)
    #expect(added.allSatisfy { $0.day >= 730.5 })
  }
}
