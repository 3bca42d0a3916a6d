/// The metrics every care service has, as the suffix after `service.<id>.`.
///
/// Services of kind `beds` have only `utilisation` and `starts.per_year` (admissions); the
/// standard-related ones exist only for services with a `standard`.
public enum ServiceMetric: String, Sendable, CaseIterable {
  /// Mean wait from joining the list to the first session or place (days).
  case waitMean = "wait.mean"
  /// 90th percentile of the same waits (days).
  case waitP90 = "wait.p90"
  /// Share of starts within the service's standard.
  case withinStandard = "within_standard"
  /// Starts beyond the standard a year (people).
  case breachesPerYear = "breaches.per_year"
  /// Time-average number waiting (people).
  case waitingListMean = "waiting_list.mean"
  /// People on the list at calendar month ends, mean over the month ends (people).
  case waitingCount = "waiting.count"
  /// Least-squares slope of the weekly list over the projection years (people a year).
  case waitingListTrend = "waiting_list.trend_per_year"
  /// Capacity in use / capacity (share).
  case utilisation
  /// First sessions, places or admissions a year (people).
  case startsPerYear = "starts.per_year"
}
