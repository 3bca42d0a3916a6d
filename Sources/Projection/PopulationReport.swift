import CareModel
import Foundation
import Population

/// What `stepwell population` reports: the synthetic population of an area, its expected
/// new-episode referrals by group and one simulated year of them (replication 0).
public struct PopulationReport: Sendable {
  /// The population drawn.
  public let population: SyntheticPopulation
  /// Its new-episode inflow.
  public let inflow: ReferralInflow
  /// The simulated first year of referrals (replication 0, days 0 to 365.25).
  public let simulated: [Referral]
  /// Seconds spent drawing the population.
  public let generationSeconds: Double
  /// The master seed.
  public let seed: UInt64

  /// Draws the population of `area` with `seed`, builds its inflow and simulates one year.
  public init(area: Area, seed: UInt64, newEpisodeShare: Double = ReferralInflow.defaultNewEpisodeShare) {
    let started = Date()
    self.seed = seed
    population = SyntheticPopulation(area: area, seed: seed)
    generationSeconds = Date().timeIntervalSince(started)
    inflow = ReferralInflow(population: population, newEpisodeShare: newEpisodeShare)
    simulated = inflow.referrals(replication: 0, seed: seed, horizonDays: DayCount.perYear)
  }

  /// Draws the population and its inflow exactly as a run of `setup` does (its seed, referral
  /// target, new-episode share and start date) and simulates one year.
  public init(setup: CareSetup) {
    let world = CareWorld(design: setup.design, area: setup.area)
    seed = setup.seed
    population = world.population
    inflow = world.inflow
    generationSeconds = world.buildSeconds
    simulated = inflow.referrals(replication: 0, seed: seed, horizonDays: DayCount.perYear)
  }

  /// The area.
  public var area: Area { population.area }

  /// Group counts of one dimension, or of everyone (`dimension` nil).
  struct GroupCounts {
    var people: [Int]
    var eligible: [Int]
    var adults: [Int]
    var adultCMD: [Int]
    var smi: [Int]
    var longTermCondition: [Int]

    init(groups: Int) {
      people = [Int](repeating: 0, count: groups)
      eligible = people
      adults = people
      adultCMD = people
      smi = people
      longTermCondition = people
    }

    mutating func add(_ person: Person, to group: Int, eligibleAge: Int) {
      people[group] += 1
      if person.age >= eligibleAge { eligible[group] += 1 }
      if person.age >= AgeBand.adultAge {
        adults[group] += 1
        if person.state.isCMD { adultCMD[group] += 1 }
      }
      if person.state == .smi { smi[group] += 1 }
      if person.longTermCondition { longTermCondition[group] += 1 }
    }
  }

  /// Counts by group of `dimension` (nil: one group, everyone).
  func counts(_ dimension: PopulationDimension?) -> GroupCounts {
    var counts = GroupCounts(groups: dimension?.groups.count ?? 1)
    let eligibleAge = area.eligibleAge
    for person in population.people {
      counts.add(person, to: dimension?.groupIndex(of: person) ?? 0, eligibleAge: eligibleAge)
    }
    return counts
  }

  /// The expected share of each group of `dimension` from the area's margins.
  func expectedShares(_ dimension: PopulationDimension) -> [Double] {
    switch dimension {
    case .imdQuintile: return area.imdQuintileShares
    case .ethnicity: return Ethnicity.allCases.map { area.ethnicityShares[$0] ?? 0 }
    case .ageBand: return AgeBand.allCases.map { area.ageBands[$0]?.share ?? 0 }
    case .sex: return Sex.allCases.map { sex in AgeBand.allCases.reduce(0) { $0 + area.share(of: $1, sex) } }
    case .mentalHealth:
      let shares = area.expectedStateShares(population.prevalence)
      return MentalHealthState.allCases.map { shares[$0] ?? 0 }
    }
  }
}
