/// One service's waiting list at the end of a care run: its size, its growth and its load.
public struct ServiceList: Encodable, Sendable, Equatable {
  /// The service's id in the scenario (`step3`).
  public let service: String
  /// The service's name in words (`step 3`).
  public let name: String
  /// People on the list at calendar month ends, mean over the month ends
  /// (`service.<id>.waiting.count`; people).
  public let waiting: MetricValue
  /// Least-squares slope of the weekly list over the run after warm-up
  /// (`service.<id>.waiting_list.trend_per_year`; people a year): above zero, the list grows.
  public let growthPerYear: MetricValue
  /// Capacity in use / capacity (`service.<id>.utilisation`; share).
  public let utilisation: MetricValue
  /// True when the list is still growing at the end of the run: the growth's interval lies above
  /// zero (and it is at least a person a year) or the service is 98% or more utilised.
  public let growing: Bool
}
