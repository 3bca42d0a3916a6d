/// Where a person stands, for suicide risk.
public enum RiskState: String, Sendable, CaseIterable {
  /// Not in contact with mental-health services in the last year.
  case general
  /// Waiting for a first or next service.
  case waiting
  /// In primary-care treatment or co-ordination.
  case inTreatment = "in_treatment"
  /// Turned away, dropped out or discharged unrecovered, in the year after.
  case untreated
  /// Recovered, in the year after.
  case recovered
  /// Under the CMHT or crisis team.
  case secondary
  /// In a bed (local or out of area).
  case inpatient
  /// The first month after leaving a bed.
  case postDischarge = "post_discharge"
}

extension RiskState {
  /// Under secondary mental-health care: the CMHT or crisis team, a bed, the month after.
  var isSecondaryCare: Bool { self == .secondary || self == .inpatient || self == .postDischarge }
}

/// Suicide hazards and background secondary-care demand.
public struct RiskSpec: Sendable {
  /// Suicide hazard per 100,000 person-years in each state.
  public var suicidePer100k: [RiskState: Double]
  /// Days a person counts as untreated or recovered (in contact) after leaving services.
  public var contactWindowDays: Double
  /// Admissions per year from people who never pass through the pathway.
  public var backgroundAdmissionsPerYear: Double
  /// CMHT episodes per year from outside the pathway.
  public var backgroundCMHTPerYear: Double
  /// Suicide hazard by sex, age, severity, treatment and recovery; when set, `suicidePer100k`
  /// gives only the in-patient and post-discharge rates.
  public var hazard: SuicideHazard?

  public init(
    suicidePer100k: [RiskState: Double], contactWindowDays: Double,
    backgroundAdmissionsPerYear: Double, backgroundCMHTPerYear: Double
  ) {
    self.suicidePer100k = suicidePer100k
    self.contactWindowDays = contactWindowDays
    self.backgroundAdmissionsPerYear = backgroundAdmissionsPerYear
    self.backgroundCMHTPerYear = backgroundCMHTPerYear
  }
}
