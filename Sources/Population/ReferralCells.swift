import Stochastics

/// The eligible people of a population grouped by single year of age, sex and IMD quintile (and
/// ethnic group when the referral gradient varies by it), the cells within which everyone has
/// the same referral rate. Without an ethnic gradient the cells, and so the draws, are those of
/// a population without any.
struct ReferralCells: Sendable {
  static let ages = AgeBand.oldestAge + 1

  /// Draws an index of `occupied` in proportion to count x rate; nil when no cell has a rate.
  let occupiedTable: AliasTable?

  /// Ethnic groups per (age, sex, quintile) cell: 1, or 5 when the gradient varies by ethnicity.
  let ethnicGroups: Int
  /// The referral gradient by quintile and ethnic group.
  let gradient: ReferralGradient
  /// People per cell (at risk: eligible and not SMI).
  let counts: [Int]
  /// Start of each cell's members in `members` (cellCount + 1 offsets).
  let starts: [Int32]
  /// Person ids, grouped by cell.
  let members: [Int32]
  /// Referrals a year of one person of the cell.
  let ratePerYear: [Double]
  /// Sum over cells of count x rate.
  let totalPerYear: Double
  /// Expected episodes a year in all cells.
  let episodesPerYear: Double
  let eligibleAge: Int
  /// The cells with a positive rate, in cell order.
  let occupied: [Int]

  /// The number of cells with `ethnicGroups` ethnic groups per (age, sex, quintile) cell.
  static func cellCount(ethnicGroups: Int) -> Int { ages * 10 * ethnicGroups }

  /// 1, or 5 when `gradient` varies by ethnic group.
  static func ethnicGroups(_ gradient: ReferralGradient) -> Int {
    gradient.variesByEthnicity ? Ethnicity.allCases.count : 1
  }

  @inlinable
  static func cell(age: Int, sex: Sex, quintile: Int, ethnicity: Int, ethnicGroups: Int) -> Int {
    ((age * 2 + sex.index) * 5 + (quintile - 1)) * ethnicGroups + (ethnicGroups > 1 ? ethnicity : 0)
  }

  /// The cell of `person`.
  static func cell(of person: Person, ethnicGroups: Int) -> Int {
    cell(
      age: person.age, sex: person.sex, quintile: person.imdQuintile, ethnicity: person.ethnicity.index,
      ethnicGroups: ethnicGroups)
  }

  /// Cell of a cell index: (age, sex, quintile, ethnic group index; 0 when cells have one).
  static func key(_ cell: Int, ethnicGroups: Int) -> (age: Int, sex: Sex, quintile: Int, ethnicity: Int) {
    let base = cell / ethnicGroups
    return (base / 10, (base / 5) % 2 == 0 ? .female : .male, base % 5 + 1, cell % ethnicGroups)
  }

  func isAtRisk(_ person: Person) -> Bool { person.age >= eligibleAge && person.state != .smi }

  /// Referrals a year of `person` (0 when not at risk).
  func rate(of person: Person) -> Double {
    guard isAtRisk(person) else { return 0 }
    return ratePerYear[ReferralCells.cell(of: person, ethnicGroups: ethnicGroups)]
  }

  /// People at risk per cell.
  static func count(_ population: SyntheticPopulation, ethnicGroups: Int) -> [Int] {
    var counts = [Int](repeating: 0, count: cellCount(ethnicGroups: ethnicGroups))
    let eligible = population.area.eligibleAge
    for person in population.people where person.age >= eligible && person.state != .smi {
      counts[cell(of: person, ethnicGroups: ethnicGroups)] += 1
    }
    return counts
  }

  /// Episodes (k nil) x propensity, or referrals with scale k, a year from cells of `counts`,
  /// with the multipliers of `gradient`.
  static func referralsPerYear(
    counts: [Int], area: Area, model: PrevalenceModel, k: Double?, gradient: ReferralGradient, ethnicGroups: Int
  ) -> Double {
    var total = 0.0
    for (cell, count) in counts.enumerated() where count > 0 {
      total +=
        Double(count)
        * rate(cell, area: area, model: model, k: k, gradient: gradient, ethnicGroups: ethnicGroups)
    }
    return total
  }

  /// Referrals a year of one person of `cell`: episodes a year x referral probability, where the
  /// probability uses the uncapped propensity when k is nil (for calibration). With one ethnic
  /// group per cell, the (equal) ethnic multiplier of the first group applies.
  static func rate(
    _ cell: Int, area: Area, model: PrevalenceModel, k: Double?, gradient: ReferralGradient, ethnicGroups: Int
  ) -> Double {
    let (age, sex, quintile, ethnicity) = key(cell, ethnicGroups: ethnicGroups)
    let episodes =
      model.cmdProbability(age: age, sex: sex, quintile: quintile) * DayCount.perYear
      / area.episodes.meanDurationDays
    let propensity = area.referrals.propensity(age: age) * gradient.multiplier(quintile: quintile, ethnicity: ethnicity)
    let seek = k.map { Swift.min(1, $0 * propensity) } ?? propensity
    return episodes * seek * area.episodes.helpBeforeRemission
  }

  init(population: SyntheticPopulation, counts: [Int], k: Double, gradient: ReferralGradient, ethnicGroups: Int) {
    let area = population.area
    let model = population.prevalence
    let cellCount = ReferralCells.cellCount(ethnicGroups: ethnicGroups)
    eligibleAge = area.eligibleAge
    self.ethnicGroups = ethnicGroups
    self.gradient = gradient
    self.counts = counts
    var starts = [Int32](repeating: 0, count: cellCount + 1)
    for cell in 0..<cellCount { starts[cell + 1] = starts[cell] + Int32(counts[cell]) }
    var next = starts
    var members = [Int32](repeating: 0, count: Int(starts[cellCount]))
    for person in population.people where person.age >= eligibleAge && person.state != .smi {
      let cell = ReferralCells.cell(of: person, ethnicGroups: ethnicGroups)
      members[Int(next[cell])] = person.id
      next[cell] += 1
    }
    self.starts = starts
    self.members = members
    let rates = (0..<cellCount).map {
      counts[$0] > 0
        ? ReferralCells.rate($0, area: area, model: model, k: k, gradient: gradient, ethnicGroups: ethnicGroups) : 0
    }
    let occupied = (0..<cellCount).filter { counts[$0] > 0 && rates[$0] > 0 }
    ratePerYear = rates
    self.occupied = occupied
    occupiedTable = try? AliasTable(weights: occupied.map { Double(counts[$0]) * rates[$0] })
    totalPerYear = zip(counts, rates).reduce(0) { $0 + Double($1.0) * $1.1 }
    episodesPerYear = (0..<cellCount).reduce(0) { total, cell in
      let (age, sex, quintile, _) = ReferralCells.key(cell, ethnicGroups: ethnicGroups)
      return total + Double(counts[cell]) * model.cmdProbability(age: age, sex: sex, quintile: quintile)
        * DayCount.perYear / area.episodes.meanDurationDays
    }
  }
}
