import Stochastics

/// The residents of an area, drawn independently from its margins: age band and sex jointly,
/// single year of age within the band, IMD quintile, ethnic group, long-term condition and
/// mental-health state.
///
/// Generation is deterministic from `seed`: each attribute has its own stream
/// (`population.demography`, `population.deprivation`, `population.ethnicity`,
/// `population.long_term_condition`, `population.mental_health`, replication 0), so changing one
/// margin leaves the draws of the others alone. Margins are independent of each other (no joint
/// Census table is used); prevalence depends on age, sex and deprivation. Memory is one 12-byte
/// `Person` per resident.
public struct SyntheticPopulation: Sendable {
  /// The area the people were drawn from.
  public let area: Area
  /// The master seed of the draw.
  public let seed: UInt64
  /// The residents; `people[i].id == i`.
  public let people: [Person]
  /// The prevalence model the states were drawn from.
  public let prevalence: PrevalenceModel

  /// Draws `area.population` people with streams derived from `seed`.
  public init(area: Area, seed: UInt64) {
    self.area = area
    self.seed = seed
    let model = PrevalenceModel(area: area)
    prevalence = model
    let sampler = PersonSampler(area: area, model: model, seed: seed)
    var people: [Person] = []
    people.reserveCapacity(area.population)
    for id in 0..<area.population { people.append(sampler.next(id: Int32(id))) }
    self.people = people
  }

  /// The number of residents.
  public var count: Int { people.count }

  /// True when `person` is old enough for the service.
  @inlinable public func isEligible(_ person: Person) -> Bool { person.age >= area.eligibleAge }
}
