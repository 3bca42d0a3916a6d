/// The kinds of service in a care scenario and what their capacity means (docs/scenarios.md).
public enum ServiceKind: String, Sendable, CaseIterable {
  /// Assessment slots: a patient waits for a slot; capacity = WTE x assessments per WTE-week.
  case triage
  /// Groups starting on a schedule with a minimum and maximum size.
  case group
  /// Talking therapy (step 2, step 3): caseload places held from the first to the last session.
  case therapy
  /// Link-worker co-ordination: places held for an open-ended episode, alongside other services.
  case coordination
  /// CMHT, crisis team, community services: places (or open), held for an episode.
  case caseload
  /// Inpatient beds: no waiting; out-of-area placement when all are full.
  case beds
}
