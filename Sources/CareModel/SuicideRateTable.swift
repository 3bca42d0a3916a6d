import Population

/// The suicide hazards of a design as arrays (per person-day), read on every risk spell without
/// hashing: absolute rates by risk state, and with a hazard by the person, the baseline by sex
/// and age band and the relative risks by need.
struct SuicideRateTable {
  /// Absolute rates by `RiskState` (allCases order).
  let absolute: [Double]
  /// The whole-population rate out of contact when there is no hazard by the person.
  let general: Double
  /// The hazard by the person, if the design has one.
  let hazard: SuicideHazard?
  /// Baseline per person-day by sex (allCases order) x age band (allCases order).
  let base: [Double]
  /// Relative risk of an active episode by `MentalHealthState` (allCases order).
  let severity: [Double]

  init(_ risk: RiskSpec) {
    let perDay = { (per100k: Double) in per100k / 1e5 / DayCount.perYear }
    var absolute = [Double](repeating: 0, count: RiskState.allCases.count)
    for state in RiskState.allCases {
      absolute[SuicideRateTable.stateIndex(state)] = perDay(risk.suicidePer100k[state] ?? 0)
    }
    self.absolute = absolute
    general = perDay(risk.suicidePer100k[.general] ?? 0)
    hazard = risk.hazard
    var base = [Double](repeating: 0, count: 2 * AgeBand.allCases.count)
    for sex in Sex.allCases {
      for band in AgeBand.allCases {
        base[SuicideRateTable.sexIndex(sex) * AgeBand.allCases.count + band.index] =
          risk.hazard?.basePerDay(sex: sex, band: band) ?? 0
      }
    }
    self.base = base
    var severity = [Double](repeating: 1, count: MentalHealthState.allCases.count)
    for need in MentalHealthState.allCases {
      severity[SuicideRateTable.needIndex(need)] = risk.hazard?.severityRR[need] ?? 1
    }
    self.severity = severity
  }

  /// The baseline per person-day of a person of this sex and age band.
  func base(sex: Sex, band: AgeBand) -> Double {
    base[SuicideRateTable.sexIndex(sex) * SuicideRateTable.bands + band.index]
  }

  /// The hazard (per person-day) in a state and out of contact, for a baseline and a need.
  func rates(_ state: RiskState, need: MentalHealthState, base: Double) -> (contact: Double, general: Double) {
    let absolute = self.absolute[SuicideRateTable.stateIndex(state)]
    guard let hazard else { return (absolute, general) }
    let severity = self.severity[SuicideRateTable.needIndex(need)]
    let contact = hazard.perDay(state, severity: severity, base: base) ?? absolute
    return (contact, base * hazard.notInContactMultiplier)
  }

  /// The number of age bands.
  static let bands = AgeBand.allCases.count

  static func stateIndex(_ state: RiskState) -> Int {
    switch state {
    case .general: 0
    case .waiting: 1
    case .inTreatment: 2
    case .untreated: 3
    case .recovered: 4
    case .secondary: 5
    case .inpatient: 6
    case .postDischarge: 7
    }
  }

  static func needIndex(_ need: MentalHealthState) -> Int {
    switch need {
    case .none: 0
    case .mildModerate: 1
    case .severeCMD: 2
    case .smi: 3
    }
  }

  static func sexIndex(_ sex: Sex) -> Int { sex == .female ? 0 : 1 }

}
