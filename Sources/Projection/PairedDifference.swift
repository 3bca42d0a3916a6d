/// ALT minus BASE for one metric, paired by replication under common random numbers.
///
/// Replication i of both designs draws from the same streams, so the difference
/// `ALT_i - BASE_i` removes most of the noise the two runs share; the 95% t interval is taken
/// over those per-replication differences (a paired t interval), not from two separate
/// intervals.
public struct PairedDifference: Sendable, Equatable {
  /// The metric's name.
  public let metric: String
  /// BASE's mean over its replications; nil when BASE has no such metric (not zero).
  public let baseMean: Double?
  /// ALT's mean over its replications; nil when ALT has no such metric (not zero).
  public let altMean: Double?
  /// The summary of `ALT_i - BASE_i` over the replications where both values are finite;
  /// nil when either design lacks the metric.
  public let difference: MetricSummary?

  /// Pairs two designs' per-replication values of one metric (nil: that design lacks it).
  ///
  /// Replications are paired by index; when the counts differ only the common prefix is paired.
  public init(metric: String, base: [Double]?, alt: [Double]?) {
    self.metric = metric
    baseMean = base.map { MetricSummary(name: metric, values: $0).mean }
    altMean = alt.map { MetricSummary(name: metric, values: $0).mean }
    if let base, let alt {
      difference = MetricSummary(name: metric, values: PairedDifference.differences(base: base, alt: alt))
    } else {
      difference = nil
    }
  }

  /// A row whose difference is formed elsewhere (a ratio of differences such as the ICER).
  public init(metric: String, baseMean: Double?, altMean: Double?, difference: MetricSummary?) {
    self.metric = metric
    self.baseMean = baseMean
    self.altMean = altMean
    self.difference = difference
  }

  /// `alt[i] - base[i]` for each replication i where both are finite.
  public static func differences(base: [Double], alt: [Double]) -> [Double] {
    zip(base, alt).compactMap { pair in
      pair.0.isFinite && pair.1.isFinite ? pair.1 - pair.0 : nil
    }
  }

  /// True when the 95% interval of the difference excludes zero, false when it contains zero,
  /// nil when there is no interval (a design lacks the metric, or fewer than two pairs).
  public var significant: Bool? {
    guard let difference, let low = difference.ciLow, let high = difference.ciHigh else { return nil }
    return low > 0 || high < 0
  }
}
