import Population

extension CareModel {
  /// Shares of the eligible people of `population` by equity group (quintile and ethnic group),
  /// for runs given their referrals without an inflow.
  static func populationMix(_ population: SyntheticPopulation) -> [Double] {
    var counts = [Double](repeating: 0, count: EquityTables.unknownGroup)
    let eligible = population.area.eligibleAge
    for person in population.people where person.age >= eligible {
      counts[EquityTables.group(quintile: person.imdQuintile, ethnicity: person.ethnicity)] += 1
    }
    let total = counts.reduce(0, +)
    return total > 0 ? counts.map { $0 / total } : counts
  }
}
