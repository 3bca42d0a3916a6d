import StepwellMetrics

/// How a national value is formed from the boards' values of one replication.
///
/// Counts, totals and levels (people, referrals, pounds, bed days, deaths, QALYs, events: per
/// year, at month ends or time-averaged) are summed. Means, percentiles, shares and ratios (days,
/// shares, pounds per QALY, pounds per recovery) are the referral-weighted mean of the boards'
/// values, the weight being each board's `referrals.per_year` in that replication: exact for a
/// mean or share whose denominator is proportional to referrals, an approximation otherwise
/// (percentiles are not pooled: no board keeps its wait distribution). Metrics the catalogue does
/// not know are weighted means.
public enum NationalMetricRule: String, Sendable, Equatable {
  /// The sum over boards.
  case sum
  /// The mean over boards weighted by their referrals.
  case referralWeighted = "referral-weighted mean"

  /// The metric whose value weights the others.
  public static let weightMetric = "referrals.per_year"

  /// The rule for a metric name.
  public static func rule(for metric: String) -> NationalMetricRule {
    guard let definition = MetricCatalogue.definition(of: metric) else { return .referralWeighted }
    switch definition.aggregation {
    case .mean, .percentile90, .median, .share, .ratio, .yearRatio, .difference: return .referralWeighted
    case .perYear, .monthEndMean, .slope, .yearEnd, .timeAverage, .count, .wholeRunCount, .yearTotal, .binAverage:
      switch definition.unit {
      case .days, .share, .poundsPerQALY, .time: return .referralWeighted
      case .people, .peoplePerYear, .pounds, .qalys, .deaths, .bedDays, .referrals, .admissions, .crises, .calls,
        .hours, .customers, .events:
        return .sum
      }
    }
  }

  /// The national value from the boards' values and weights (same order).
  public func combine(_ values: [Double], weights: [Double]) -> Double {
    switch self {
    case .sum: return values.reduce(0, +)
    case .referralWeighted:
      var total = 0.0
      var weight = 0.0
      for (value, w) in zip(values, weights) where value.isFinite {
        total += value * w
        weight += w
      }
      return weight > 0 ? total / weight : .nan
    }
  }
}
