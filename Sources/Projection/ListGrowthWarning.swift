import StepwellMetrics

/// A waiting list still growing when a run ends: its weekly trend's interval lies above zero
/// (and it grows by at least a person a year), or its service is 98% or more utilised. Waits measured over such a run understate the waits
/// to come, so `run`, `compare` and `sweep` say so on stderr and the report's headline repeats it.
public struct ListGrowthWarning: Sendable, Equatable {
  /// Utilisation from which a list is taken to be growing whatever its trend (share).
  public static let saturatedUtilisation = 0.98
  /// The least growth that counts (people a year): a near-empty list's trend can have an
  /// interval above zero while it grows by a fraction of a person a year.
  public static let materialGrowthPerYear = 1.0

  /// The service's id.
  public let service: String
  /// Mean slope of the weekly list (people a year) and its interval, if any.
  public let trendPerYear: Double
  public let trendLow: Double?
  public let trendHigh: Double?
  /// Mean utilisation of the service (share; NaN when it has none).
  public let utilisation: Double

  /// Every service whose list is still growing, in output order.
  public static func find(in summaries: [MetricSummary]) -> [ListGrowthWarning] {
    summaries.compactMap { summary in
      guard let (id, metric) = MetricKey(summary.name).serviceMetric, metric == .waitingListTrend else { return nil }
      let utilisation =
        summaries.first { $0.name == MetricKey.service(id, .utilisation).name }?.mean ?? .nan
      let rising = (summary.ciLow ?? -.infinity) > 0 && summary.mean >= materialGrowthPerYear
      let saturated = utilisation.isFinite && utilisation >= saturatedUtilisation
      guard rising || saturated else { return nil }
      return ListGrowthWarning(
        service: id, trendPerYear: summary.mean, trendLow: summary.ciLow, trendHigh: summary.ciHigh,
        utilisation: utilisation)
    }
  }

  /// One line for stderr, e.g. `warning: the step3 waiting list is still growing at the end of
  /// the run (+412 people a year [388, 436], utilisation 99.9%)`.
  public func message(design: String? = nil) -> String {
    let trend = MetricUnit.peoplePerYear.screen(trendPerYear)
    let interval =
      trendLow.flatMap { low in trendHigh.map { " [\(MetricUnit.people.screen(low)), \(MetricUnit.people.screen($0))]" }
      }
      ?? ""
    let used = utilisation.isFinite ? ", utilisation \(MetricUnit.share.screen(utilisation))" : ""
    let sign = trendPerYear > 0 ? "+" : ""
    let prefix = design.map { "\($0): " } ?? ""
    return "warning: \(prefix)the \(service) waiting list is still growing at the end of the run "
      + "(\(sign)\(trend) people a year\(interval)\(used)); its waits will keep rising, so read them as a lower bound"
  }
}
