/// How a service is paid for (`costs.costing.<service>`).
public enum CostingMode: String, Sendable, CaseIterable {
  /// Paid whether busy or not: each WTE-year of triage, therapy and link workers, the group
  /// timetable, CMHT and crisis places, and each bed's fixed cost (the default).
  case capacity
  /// Bought per unit of activity: booked sessions, assessments, caseload days or occupied bed
  /// days at their unit cost.
  case activity
}
