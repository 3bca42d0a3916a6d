/// The fixed names of care metrics, one value per replication (`metrics.csv`).
extension MetricKey {
  public static let referralsPerYear: MetricKey = "referrals.per_year"
  public static let newReferralsPerYear: MetricKey = "referrals.new.per_year"
  public static let treatmentEnteredShare: MetricKey = "treatment.entered.share"
  public static let waitFirstTreatmentMean: MetricKey = "pathway.wait_first_treatment.mean"
  public static let waitFirstTreatmentP90: MetricKey = "pathway.wait_first_treatment.p90"
  public static let within6Weeks: MetricKey = "pathway.within_6_weeks"
  public static let within18Weeks: MetricKey = "pathway.within_18_weeks"
  public static let waitFirstTreatmentMedian: MetricKey = "pathway.wait_first_treatment.median"
  public static let pathwayWaitingCount: MetricKey = "pathway.waiting.count"
  public static let pathwayWaitingOver18WeeksShare: MetricKey = "pathway.waiting.over_18_weeks.share"
  public static let secondSessionOver90DaysShare: MetricKey = "pathway.second_session_over_90_days.share"
  public static let selfReferralShare: MetricKey = "referrals.self.share"
  public static let endedFinishedCourseShare: MetricKey = "referrals.ended.finished_course.share"
  public static let endedTreatedOnceShare: MetricKey = "referrals.ended.treated_once.share"
  public static let endedNotSeenShare: MetricKey = "referrals.ended.not_seen.share"
  public static let removedOtherThanTreatmentPerYear: MetricKey = "removed_other_than_treatment.per_year"
  public static let cancelledSessionsShare: MetricKey = "sessions.cancelled.share"
  public static let callbacksPerYear: MetricKey = "callbacks.per_year"
  public static let coursesEndedEarlyShare: MetricKey = "courses.ended_early.share"
  public static let coursesEndedByMissedSessionsShare: MetricKey = "courses.ended_by_missed_sessions.share"
  public static let callbackHoursPerYear: MetricKey = "callbacks.staff_hours.per_year"
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
  public static let suicidesSecondaryContactShare: MetricKey = "suicides.secondary_contact.share"
  public static let bedDaysTotalChange: MetricKey = "beddays.total.change"
  public static let suicidesSampledPerYear: MetricKey = "suicides.sampled.per_year"
  public static let costPerRecovery: MetricKey = "cost.per_recovery"
  public static let purposefulValuePerYear: MetricKey = "value.purposeful_years.per_year"
  /// Every cost over the projection years, discounted at the cost rate (pounds).
  public static let costDiscountedTotal: MetricKey = "cost.discounted_total"
  /// QALYs of people referred, a year, and over the projection years discounted at the outcome
  /// rate and at the sensitivity outcome rate.
  public static let qalyPerYear: MetricKey = "qaly.per_year"
  public static let qalyDiscountedTotal: MetricKey = "qaly.discounted_total"
  public static let qalyDiscountedTotalSensitivity: MetricKey = "qaly.discounted_total.sensitivity"
  /// QALYs gained against the natural course of the episodes referred, a year and discounted
  /// (at the outcome rate and at the sensitivity rate): what the ICER and NMB use.
  public static let qalyGainedPerYear: MetricKey = "qaly.gained.per_year"
  public static let qalyGainedDiscountedTotal: MetricKey = "qaly.gained.discounted_total"
  public static let qalyGainedDiscountedTotalSensitivity: MetricKey = "qaly.gained.discounted_total.sensitivity"
  /// Comparison rows: the incremental cost-effectiveness ratio (pounds per QALY), at the outcome
  /// rate and at the sensitivity outcome rate.
  public static let icer: MetricKey = "icer"
  public static let icerSensitivity: MetricKey = "icer.sensitivity"
  /// Events the engine handled (care and network runs).
  public static let engineEvents: MetricKey = "engine.events"
  /// Mean time in a network of customers who left after warm-up.
  public static let systemSojournMean: MetricKey = "system.sojourn.mean"
}
