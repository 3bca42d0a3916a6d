import Stochastics

/// The open door's self-referral rate in each cell of `ReferralCells` and the table that draws a
/// cell in proportion to it.
struct OpenDoorCells: Sendable {
  /// Self-referrals a year through the open door of one person of each cell.
  let ratePerYear: [Double]
  /// The cells with a positive rate, in cell order.
  let occupied: [Int]
  /// Draws an index of `occupied` in proportion to count x rate; nil when no cell has a rate.
  let occupiedTable: AliasTable?
  /// Expected open-door self-referrals a year before time modulation (referrals a year).
  let totalPerYear: Double

  /// The rates of `door` over `cells`, whose GP-route probability uses the calibrated factor `k`.
  init(door: OpenDoor, cells: ReferralCells, population: SyntheticPopulation, k: Double) {
    let area = population.area
    let model = population.prevalence
    let groups = cells.ethnicGroups
    let rates = cells.counts.indices.map { cell -> Double in
      guard cells.counts[cell] > 0 else { return 0 }
      let (age, sex, quintile, ethnicity) = ReferralCells.key(cell, ethnicGroups: groups)
      let episodes =
        model.cmdProbability(age: age, sex: sex, quintile: quintile) * DayCount.perYear
        / area.episodes.meanDurationDays
      let propensity =
        area.referrals.propensity(age: age) * cells.gradient.multiplier(quintile: quintile, ethnicity: ethnicity)
      let viaGP = Swift.min(1, k * propensity)
      return episodes * (1 - viaGP) * door.propensity * area.episodes.helpBeforeRemission
    }
    ratePerYear = rates
    occupied = rates.indices.filter { rates[$0] > 0 }
    occupiedTable = try? AliasTable(weights: occupied.map { Double(cells.counts[$0]) * rates[$0] })
    totalPerYear = zip(cells.counts, rates).reduce(0) { $0 + Double($1.0) * $1.1 }
  }
}
