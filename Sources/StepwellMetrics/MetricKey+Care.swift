/// The fixed names of care metrics, one value per replication (`metrics.csv`).
extension MetricKey {
  public static let referralsPerYear: MetricKey = "referrals.per_year"
  public static let newReferralsPerYear: MetricKey = "referrals.new.per_year"
  public static let treatmentEnteredShare: MetricKey = "treatment.entered.share"
  public static let waitFirstTreatmentMean: MetricKey = "pathway.wait_first_treatment.mean"
  public static let waitFirstTreatmentP90: MetricKey = "pathway.wait_first_treatment.p90"
  public static let within6Weeks: MetricKey = "pathway.within_6_weeks"
  public static let within18Weeks: MetricKey = "pathway.within_18_weeks"
  public static let dnaRate: MetricKey = "dna.rate"
  public static let recoveryRate: MetricKey = "recovery.rate"
  public static let admissionsPerYear: MetricKey = "secondary.admissions.per_year"
  public static let admissionsOutOfAreaPerYear: MetricKey = "secondary.admissions.out_of_area.per_year"
  public static let bedDaysPerYear: MetricKey = "beddays.per_year"
  public static let bedDaysOutOfAreaPerYear: MetricKey = "beddays.out_of_area.per_year"
  public static let crisesPerYear: MetricKey = "crises.per_year"
  public static let suicidesExpectedPerYear: MetricKey = "suicides.expected.per_year"
  public static let suicidesExpectedPopulationPerYear: MetricKey = "suicides.expected.population.per_year"
  public static let suicidesInContactShare: MetricKey = "suicides.in_contact.share"
  public static let suicidesSampledPerYear: MetricKey = "suicides.sampled.per_year"
  public static let costPerRecovery: MetricKey = "cost.per_recovery"
  public static let purposefulValuePerYear: MetricKey = "value.purposeful_years.per_year"
  /// Events the engine handled (care and network runs).
  public static let engineEvents: MetricKey = "engine.events"
  /// Mean time in a network of customers who left after warm-up.
  public static let systemSojournMean: MetricKey = "system.sojourn.mean"
}
