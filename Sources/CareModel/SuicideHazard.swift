import Population

/// Suicide risk by the person rather than by where they stand with services: a baseline hazard
/// by sex and age band, raised by the severity of an active episode, lowered while in treatment,
/// and after recovery a residual excess. Contact-state rates then only check the calibration
/// (the share of suicides among people in contact, the area's total).
public struct SuicideHazard: Sendable, Equatable {
  /// Baseline hazard of the whole population by sex (deaths per 100,000 person-years).
  public var basePer100k: [Sex: Double]
  /// Multiplier of the baseline by age band (1 = the sex's all-age rate).
  public var ageMultiplier: [AgeBand: Double]
  /// Relative risk of an active episode against the baseline, by need.
  public var severityRR: [MentalHealthState: Double]
  /// Relative risk while in primary-care treatment or co-ordination (applied on top of severity).
  public var treatmentRR: Double
  /// Relative risk against the baseline in the year after recovery.
  public var recoveredRR: Double
  /// Multiplier of the baseline for time out of contact with services (the rest of the
  /// population's share of suicides over its share of person-time).
  public var notInContactMultiplier: Double

  public init(
    basePer100k: [Sex: Double], ageMultiplier: [AgeBand: Double], severityRR: [MentalHealthState: Double],
    treatmentRR: Double, recoveredRR: Double, notInContactMultiplier: Double
  ) {
    self.basePer100k = basePer100k
    self.ageMultiplier = ageMultiplier
    self.severityRR = severityRR
    self.treatmentRR = treatmentRR
    self.recoveredRR = recoveredRR
    self.notInContactMultiplier = notInContactMultiplier
  }

  /// The baseline hazard of one person (deaths per person-day).
  public func basePerDay(sex: Sex, band: AgeBand) -> Double {
    (basePer100k[sex] ?? 0) * (ageMultiplier[band] ?? 1) / 1e5 / DayCount.perYear
  }

  /// The hazard (per person-day) in a risk state, for a baseline `base` and the relative risk
  /// `severity` of the person's episode (`severityRR` of their need); nil for the states whose
  /// hazard is an absolute rate (in a bed, the month after).
  public func perDay(_ state: RiskState, severity: Double, base: Double) -> Double? {
    switch state {
    case .general: return base * notInContactMultiplier
    case .waiting, .untreated, .secondary: return base * severity
    case .inTreatment: return base * severity * treatmentRR
    case .recovered: return base * recoveredRR
    case .inpatient, .postDischarge: return nil
    }
  }
}
