/// Per-person probabilities of each mental-health state, derived from an area's inputs.
///
/// CMD in a cell of age band b, sex s and IMD quintile q is
/// `scale x base(b, s) x RR^((5 - q) / 4)`, where `base` is the sex rate times the band's age
/// multiplier (or the directly measured cell) and `scale` makes the adult (16+) prevalence of the
/// area's own age, sex and IMD mix equal `national x local uplift`. SMI is the register share of
/// all residents placed among adults, with the same deprivation gradient normalised to the area's
/// IMD mix. People younger than `area.prevalenceMinimumAge` have no state; SMI starts at 16.
public struct PrevalenceModel: Sendable {
  /// The factor applied to every CMD cell so the adult total matches the target.
  public let scale: Double
  /// The youngest age with a CMD state (years).
  public let minimumAge: Int
  /// CMD probability by cell (band x sex x quintile), already scaled.
  let cmdTable: [Double]
  /// SMI probability of an adult by quintile (index 0 = quintile 1).
  let smiByQuintile: [Double]
  /// Severe share of a CMD case by sex.
  let severeShareBySex: [Double]

  /// Builds the model of an area (which has been validated, or is being).
  public init(area: Area) {
    let p = area.prevalence
    minimumAge = area.prevalenceMinimumAge
    var raw = [Double](repeating: 0, count: AgeBand.allCases.count * 10)
    var weighted = 0.0
    var adults = 0.0
    for band in AgeBand.allCases where band.upperAge >= minimumAge {
      for sex in Sex.allCases {
        let base =
          p.cmdCells[band]?[sex] ?? ((p.cmdBySex[sex] ?? 0) * (p.cmdAgeMultiplier[band] ?? 0))
        for q in 1...5 {
          let value = base * p.deprivationMultiplier(quintile: q)
          raw[PrevalenceModel.cell(band, sex, q)] = value
          guard band.isAdult else { continue }
          let weight = area.share(of: band, sex) * area.imdQuintileShares[q - 1]
          weighted += weight * value
          adults += weight
        }
      }
    }
    let factor = weighted > 0 ? p.targetAdultCMD * adults / weighted : 0
    scale = factor
    cmdTable = raw.map { $0 * factor }
    let meanRR = (1...5).reduce(0.0) {
      $0 + area.imdQuintileShares[$1 - 1] * p.deprivationMultiplier(quintile: $1)
    }
    let smiAdult = area.adultShare > 0 ? p.smiShare / area.adultShare : 0
    smiByQuintile = (1...5).map { smiAdult * p.deprivationMultiplier(quintile: $0) / meanRR }
    severeShareBySex = Sex.allCases.map { sex in
      let cmd = p.cmdBySex[sex] ?? 0
      return cmd > 0 ? (p.severeBySex[sex] ?? 0) / cmd : 0
    }
  }

  @inlinable
  static func cell(_ band: AgeBand, _ sex: Sex, _ quintile: Int) -> Int {
    (band.index * 2 + sex.index) * 5 + (quintile - 1)
  }

  /// Probability of a CMD (mild-to-moderate or severe) for a person of this age, sex and quintile.
  public func cmdProbability(age: Int, sex: Sex, quintile: Int) -> Double {
    age < minimumAge ? 0 : cmdTable[PrevalenceModel.cell(AgeBand(age: age), sex, quintile)]
  }

  /// Probability of SMI for a person of this age and quintile (0 under 16).
  public func smiProbability(age: Int, quintile: Int) -> Double {
    age < AgeBand.adultAge ? 0 : smiByQuintile[quintile - 1]
  }

  /// The share of CMD cases that are severe for `sex` (severe / CMD prevalence).
  public func severeShare(_ sex: Sex) -> Double { severeShareBySex[sex.index] }

  /// Probability of CMD for `person` (from their attributes, not their drawn state).
  public func cmdProbability(of person: Person) -> Double {
    cmdProbability(age: person.age, sex: person.sex, quintile: person.imdQuintile)
  }

  /// The largest CMD + SMI probability of any adult cell (must be at most 1).
  public var largestCellProbability: Double? {
    var largest: Double?
    for band in AgeBand.allCases where band.isAdult {
      for sex in Sex.allCases {
        for q in 1...5 {
          let total = cmdTable[PrevalenceModel.cell(band, sex, q)] + smiByQuintile[q - 1]
          largest = Swift.max(largest ?? 0, total)
        }
      }
    }
    return largest
  }
}
