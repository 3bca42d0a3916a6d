import Stochastics

/// New-episode referrals of a synthetic population: who is referred, how often, and when.
///
/// Each eligible person (age at least `area.eligibleAge`, not on the SMI register) starts common
/// mental disorder episodes at the rate `incidence = p / D` per day, where p is the CMD prevalence
/// of people of their age, sex and deprivation and D the mean untreated episode duration: the
/// steady-state identity prevalence = incidence x duration. During an episode the person would
/// seek help with probability `q = min(1, k x propensity(age) x g)`, where g is the referral
/// gradient's multiplier of their IMD quintile and ethnic group (`ReferralGradient`), after an
/// exponential delay of mean H; the episode ends untreated first with probability H / (D + H). So a person's
/// new-episode referral rate is `p / D x q x D / (D + H)`. The one factor k is calibrated so the
/// first year brings `area.referralsPerYear x newEpisodeShare` new-episode referrals (with g in
/// place under `ReferralGradient.Total.keep`, without it under `.scale`); the rest
/// of the area's referrals are re-referrals and relapses, which the care model generates.
///
/// By the displacement theorem, episodes starting as a Poisson process with independent delays
/// give referrals that are again a Poisson process, so referrals are drawn directly: times from
/// a Poisson process thinned by the time modulation (`InflowModulation`: cycle, growth, step
/// changes, applied at the time of referral), the person in proportion to their rate.
public struct ReferralInflow: Sendable {
  /// The assumed share of all referrals that are new episodes (the rest: re-referrals, relapses).
  public static let defaultNewEpisodeShare = 0.75

  /// The population referred.
  public let population: SyntheticPopulation
  /// Share of all referrals that are new episodes (0 < share <= 1).
  public let newEpisodeShare: Double
  /// All referrals a year the inflow was calibrated to (new episodes, re-referrals, relapses).
  public let targetReferralsPerYear: Double
  /// The calibrated factor k of the referral probability (`q = k x propensity(age) x g`, capped
  /// at 1).
  public let propensityScale: Double
  /// Cycle, growth and step changes.
  public let modulation: InflowModulation
  /// Expected new-episode referrals in the first year without step changes (referrals a year).
  public let newReferralsPerYear: Double
  /// Expected new episodes a year among eligible people (episodes a year).
  public let episodesPerYear: Double
  /// The open door's self-referrals added to the GP route, if the scenario opens one.
  public let openDoor: OpenDoor?
  /// Expected open-door self-referrals a year at the first year's rates without step changes,
  /// had the door been open all year (referrals a year; 0 without an open door).
  public let openDoorReferralsPerYear: Double
  /// Shares of the expected new-episode referrals by IMD quintile and ethnic group, index
  /// `(quintile - 1) x 5 + ethnicity.index`; they sum to 1 (all 0 without referrals).
  public let groupMix: [Double]

  let cells: ReferralCells
  let openDoorCells: OpenDoorCells?

  /// The inflow of `population`.
  ///
  /// - Parameters:
  ///   - newEpisodeShare: share of all referrals that are new episodes (0 < share <= 1).
  ///   - referralsPerYear: all referrals a year to calibrate to, instead of
  ///     `area.referralsPerYear` (a scenario's own target); nil uses the area's.
  ///   - startDayOfYear: day of the year day 0 of the run falls on (0 = 1 January), for the cycle.
  ///   - propensityScale: a fixed k instead of calibrating (to compare populations at equal
  ///     per-person rates); nil calibrates.
  ///   - openDoor: self-referrals added to the calibrated GP route (`OpenDoor`); nil for none.
  ///     The calibration target is the GP route's: the open door adds to it.
  public init(
    population: SyntheticPopulation, newEpisodeShare: Double = ReferralInflow.defaultNewEpisodeShare,
    referralsPerYear: Double? = nil, startDayOfYear: Double = 0, propensityScale: Double? = nil,
    openDoor: OpenDoor? = nil
  ) {
    precondition(newEpisodeShare > 0 && newEpisodeShare <= 1, "newEpisodeShare must be in (0, 1]")
    self.population = population
    self.newEpisodeShare = newEpisodeShare
    let area = population.area
    modulation = InflowModulation(referrals: area.referrals, startDayOfYear: startDayOfYear)
    let gradient = area.referrals.gradient
    let groups = ReferralCells.ethnicGroups(gradient)
    let counts = ReferralCells.count(population, ethnicGroups: groups)
    targetReferralsPerYear = Swift.max(0, referralsPerYear ?? area.referralsPerYear)
    let target = targetReferralsPerYear * newEpisodeShare
    let calibrated = gradient.total == .keep ? gradient : .none
    let unscaled = ReferralCells.referralsPerYear(
      counts: counts, area: area, model: population.prevalence, k: nil, gradient: calibrated, ethnicGroups: groups)
    let k = propensityScale ?? (unscaled > 0 ? target / unscaled : 0)
    self.propensityScale = k
    cells = ReferralCells(population: population, counts: counts, k: k, gradient: gradient, ethnicGroups: groups)
    newReferralsPerYear = cells.totalPerYear
    self.openDoor = openDoor
    let built = cells
    openDoorCells = openDoor.map { OpenDoorCells(door: $0, cells: built, population: population, k: k) }
    openDoorReferralsPerYear = openDoorCells?.totalPerYear ?? 0
    groupMix = ReferralInflow.mix(population: population, cells: cells)
    episodesPerYear = cells.episodesPerYear
  }

  /// Expected new episodes a year of `person` (0 if ineligible or on the SMI register).
  public func episodeRatePerYear(of person: Person) -> Double {
    guard cells.isAtRisk(person) else { return 0 }
    return population.prevalence.cmdProbability(of: person) * DayCount.perYear
      / population.area.episodes.meanDurationDays
  }

  /// Probability that an episode of `person` leads to a referral (seeks help, before it ends).
  public func referralProbability(of person: Person) -> Double {
    guard cells.isAtRisk(person) else { return 0 }
    let area = population.area
    let gradient = area.referrals.gradient.multiplier(quintile: person.imdQuintile, ethnicity: person.ethnicity.index)
    return Swift.min(1, propensityScale * area.referrals.propensity(age: person.age) * gradient)
      * area.episodes.helpBeforeRemission
  }

  /// Expected new-episode referrals of `person` in the first year without step changes.
  public func referralRatePerYear(of person: Person) -> Double {
    episodeRatePerYear(of: person) * referralProbability(of: person)
  }

  /// Expected episodes a year that end without a referral (never sought help, or ended first).
  public var untreatedEpisodesPerYear: Double { episodesPerYear - newReferralsPerYear }

  /// Expected new-episode referrals from day a to day b (days), step changes included.
  public func expectedReferrals(fromDay a: Double, toDay b: Double) -> Double {
    guard b > a else { return 0 }
    return newReferralsPerYear * modulation.mean(fromDay: a, toDay: b) * (b - a) / DayCount.perYear
  }

  /// Shares of expected referrals by quintile and ethnic group (`groupMix`).
  static func mix(population: SyntheticPopulation, cells: ReferralCells) -> [Double] {
    var totals = [Double](repeating: 0, count: 5 * Ethnicity.allCases.count)
    for person in population.people {
      let rate = cells.rate(of: person)
      if rate > 0 { totals[(person.imdQuintile - 1) * Ethnicity.allCases.count + person.ethnicity.index] += rate }
    }
    let sum = totals.reduce(0, +)
    return sum > 0 ? totals.map { $0 / sum } : totals
  }
}
