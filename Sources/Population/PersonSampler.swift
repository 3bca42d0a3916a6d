import Stochastics

/// Draws one person after another from an area's margins (see `SyntheticPopulation`).
struct PersonSampler {
  let model: PrevalenceModel
  let bandSex: AliasTable
  /// Per band: its youngest age and the table of offsets within it.
  let ageOffsets: [(lower: Int, table: AliasTable?, width: Int)]
  let quintiles: AliasTable
  let ethnicity: AliasTable
  let longTermCondition: [Double]
  let demography: RandomStream
  let deprivation: RandomStream
  let ethnicGroup: RandomStream
  let condition: RandomStream
  let mentalHealth: RandomStream

  static let groups = Ethnicity.allCases

  static let bandSexCells: [(AgeBand, Sex)] = AgeBand.allCases.flatMap { band in
    Sex.allCases.map { (band, $0) }
  }

  init(area: Area, model: PrevalenceModel, seed: UInt64) {
    self.model = model
    // The tables are built from validated shares, so they cannot fail; a zero-weight table
    // falls back to a uniform one.
    bandSex = PersonSampler.table(PersonSampler.bandSexCells.map { area.share(of: $0.0, $0.1) })
    ageOffsets = AgeBand.allCases.map { band in
      let weights = band.ageWeights
      let uniform = weights.allSatisfy { $0 == weights[0] }
      return (band.lowerAge, uniform ? nil : PersonSampler.table(weights), weights.count)
    }
    quintiles = PersonSampler.table(area.imdQuintileShares)
    ethnicity = PersonSampler.table(Ethnicity.allCases.map { area.ethnicityShares[$0] ?? 0 })
    longTermCondition = AgeBand.allCases.map { area.longTermCondition[$0] ?? 0 }
    func stream(_ purpose: String) -> RandomStream {
      RandomStream(master: seed, replication: 0, purpose: "population.\(purpose)")
    }
    demography = stream("demography")
    deprivation = stream("deprivation")
    ethnicGroup = stream("ethnicity")
    condition = stream("long_term_condition")
    mentalHealth = stream("mental_health")
  }

  static func table(_ weights: [Double]) -> AliasTable {
    if let table = try? AliasTable(weights: weights) { return table }
    return (try? AliasTable(weights: weights.map { _ in 1 })) ?? PersonSampler.single
  }

  static let single: AliasTable = {
    guard let table = try? AliasTable(weights: [1]) else { preconditionFailure("a one-entry table") }
    return table
  }()

  func next(id: Int32) -> Person {
    let (band, sex) = PersonSampler.bandSexCells[bandSex.sampleIndex(demography)]
    let offsets = ageOffsets[band.index]
    let offset = offsets.table?.sampleIndex(demography) ?? demography.integer(below: offsets.width)
    let age = offsets.lower + offset
    let quintile = quintiles.sampleIndex(deprivation) + 1
    let group = PersonSampler.groups[ethnicity.sampleIndex(ethnicGroup)]
    let ltc = condition.bernoulli(longTermCondition[band.index])
    return Person(
      id: id, age: age, sex: sex, imdQuintile: quintile, ethnicity: group, longTermCondition: ltc,
      state: state(age: age, sex: sex, quintile: quintile))
  }

  /// One uniform decides the state: SMI, then severe CMD, then mild-to-moderate CMD, else none.
  func state(age: Int, sex: Sex, quintile: Int) -> MentalHealthState {
    let u = mentalHealth.uniform()
    let smi = model.smiProbability(age: age, quintile: quintile)
    if u < smi { return .smi }
    let cmd = model.cmdProbability(age: age, sex: sex, quintile: quintile)
    let severe = cmd * model.severeShare(sex)
    if u < smi + severe { return .severeCMD }
    if u < smi + cmd { return .mildModerate }
    return .none
  }
}
