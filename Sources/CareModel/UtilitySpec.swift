import Population

/// Health-state utilities (EQ-5D-3L, UK tariff) of people referred, by where they are and how
/// ill they are; QALYs are utility x years (docs/evidence.md gives sources and grades).
public struct UtilitySpec: Sendable, Equatable {
  /// Waiting, or untreated after leaving services, by need (utility).
  public var symptomatic: [MentalHealthState: Double]
  /// In primary-care treatment or with a link worker, by need; nil takes `symptomatic` (gains
  /// are then counted from recovery only).
  public var inTreatment: [MentalHealthState: Double]?
  /// Recovered, or remitted untreated.
  public var recovered: Double
  /// Under the CMHT or the crisis team.
  public var secondaryCare: Double
  /// In a bed (local or out of area).
  public var inpatient: Double
  /// The month after leaving a bed.
  public var postDischarge: Double

  public init(
    symptomatic: [MentalHealthState: Double], inTreatment: [MentalHealthState: Double]? = nil, recovered: Double,
    secondaryCare: Double, inpatient: Double, postDischarge: Double
  ) {
    self.symptomatic = symptomatic
    self.inTreatment = inTreatment
    self.recovered = recovered
    self.secondaryCare = secondaryCare
    self.inpatient = inpatient
    self.postDischarge = postDischarge
  }

  /// The defaults: Kolovos 2017 by PHQ-9 band (mild 0.57 and moderate 0.52 averaged for
  /// mild to moderate, severe 0.39, remission 0.70; A), SMI and secondary care as severe (D),
  /// in-patients at the pooled severe value 0.25 (A as a proxy, D).
  public static let defaults = UtilitySpec(
    symptomatic: [.none: 0.70, .mildModerate: 0.545, .severeCMD: 0.39, .smi: 0.39], recovered: 0.70,
    secondaryCare: 0.39, inpatient: 0.25, postDischarge: 0.39)

  /// The utility of a person of this need in this state (`general`: not yet referred, 0).
  public func utility(_ state: RiskState, need: MentalHealthState) -> Double {
    switch state {
    case .general: 0
    case .waiting, .untreated: symptomatic[need] ?? recovered
    case .inTreatment: (inTreatment ?? symptomatic)[need] ?? recovered
    case .recovered: recovered
    case .secondary: secondaryCare
    case .inpatient: inpatient
    case .postDischarge: postDischarge
    }
  }
}
