import Stochastics

/// The eligible people of a population grouped by single year of age, sex and IMD quintile,
/// the cells within which everyone has the same referral rate.
struct ReferralCells: Sendable {
  static let ages = AgeBand.oldestAge + 1
  static let cellCount = ages * 10

  /// Draws an index of `occupied` in proportion to count x rate; nil when no cell has a rate.
  let occupiedTable: AliasTable?

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

  @inlinable
  static func cell(age: Int, sex: Sex, quintile: Int) -> Int {
    (age * 2 + sex.index) * 5 + (quintile - 1)
  }

  /// Cell of a cell index: (age, sex, quintile).
  static func key(_ cell: Int) -> (age: Int, sex: Sex, quintile: Int) {
    (cell / 10, (cell / 5) % 2 == 0 ? .female : .male, cell % 5 + 1)
  }

  func isAtRisk(_ person: Person) -> Bool { person.age >= eligibleAge && person.state != .smi }

  /// Referrals a year of `person` (0 when not at risk).
  func rate(of person: Person) -> Double {
    guard isAtRisk(person) else { return 0 }
    return ratePerYear[ReferralCells.cell(age: person.age, sex: person.sex, quintile: person.imdQuintile)]
  }

  /// People at risk per cell.
  static func count(_ population: SyntheticPopulation) -> [Int] {
    var counts = [Int](repeating: 0, count: cellCount)
    let eligible = population.area.eligibleAge
    for person in population.people where person.age >= eligible && person.state != .smi {
      counts[cell(age: person.age, sex: person.sex, quintile: person.imdQuintile)] += 1
    }
    return counts
  }

  /// Episodes (k nil) x propensity, or referrals with scale k, a year from cells of `counts`.
  static func referralsPerYear(counts: [Int], area: Area, model: PrevalenceModel, k: Double?) -> Double {
    var total = 0.0
    for (cell, count) in counts.enumerated() where count > 0 {
      total += Double(count) * rate(cell, area: area, model: model, k: k)
    }
    return total
  }

  /// Referrals a year of one person of `cell`: episodes a year x referral probability, where the
  /// probability uses the uncapped propensity when k is nil (for calibration).
  static func rate(_ cell: Int, area: Area, model: PrevalenceModel, k: Double?) -> Double {
    let (age, sex, quintile) = key(cell)
    let episodes =
      model.cmdProbability(age: age, sex: sex, quintile: quintile) * DayCount.perYear
      / area.episodes.meanDurationDays
    let propensity = area.referrals.propensity(age: age)
    let seek = k.map { Swift.min(1, $0 * propensity) } ?? propensity
    return episodes * seek * area.episodes.helpBeforeRemission
  }

  init(population: SyntheticPopulation, counts: [Int], k: Double) {
    let area = population.area
    let model = population.prevalence
    eligibleAge = area.eligibleAge
    self.counts = counts
    var starts = [Int32](repeating: 0, count: ReferralCells.cellCount + 1)
    for cell in 0..<ReferralCells.cellCount { starts[cell + 1] = starts[cell] + Int32(counts[cell]) }
    var next = starts
    var members = [Int32](repeating: 0, count: Int(starts[ReferralCells.cellCount]))
    for person in population.people where person.age >= eligibleAge && person.state != .smi {
      let cell = ReferralCells.cell(age: person.age, sex: person.sex, quintile: person.imdQuintile)
      members[Int(next[cell])] = person.id
      next[cell] += 1
    }
    self.starts = starts
    self.members = members
    let rates = (0..<ReferralCells.cellCount).map {
      counts[$0] > 0 ? ReferralCells.rate($0, area: area, model: model, k: k) : 0
    }
    let occupied = (0..<ReferralCells.cellCount).filter { counts[$0] > 0 && rates[$0] > 0 }
    ratePerYear = rates
    self.occupied = occupied
    occupiedTable = try? AliasTable(weights: occupied.map { Double(counts[$0]) * rates[$0] })
    totalPerYear = zip(counts, rates).reduce(0) { $0 + Double($1.0) * $1.1 }
    episodesPerYear = (0..<ReferralCells.cellCount).reduce(0) { total, cell in
      let (age, sex, quintile) = ReferralCells.key(cell)
      return total + Double(counts[cell]) * model.cmdProbability(age: age, sex: sex, quintile: quintile)
        * DayCount.perYear / area.episodes.meanDurationDays
    }
  }
}
