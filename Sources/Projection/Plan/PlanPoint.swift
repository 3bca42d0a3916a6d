import Stochastics

/// One evaluated point of a plan: the varied keys' values, the replications run there, and how
/// often every target held.
public struct PlanPoint: Sendable, Codable {
  /// The grid index of each varied key.
  public let indices: [Int]
  /// Each varied key's value, as `--set` text.
  public let texts: [String]
  /// Each varied key's value.
  public let values: [Double]
  /// Replications run at this point.
  public let replications: Int
  /// Replications in which every target held.
  public let successes: Int
  /// Each target's metric summarised over the replications, in target order.
  public let targetSummaries: [MetricSummary]
  /// For each target, the replications in which it held.
  public let targetSuccesses: [Int]
  /// Cash cost a year (care: `cost.total.per_year`), nil when the model has no costs.
  public let cost: MetricSummary?
  /// Every metric of the run at this point, in output order.
  public let summaries: [MetricSummary]
  /// Events over the replications.
  public let events: Int
  /// Wall-clock seconds.
  public let wallSeconds: Double

  /// The summary of a metric by name.
  public func summary(_ metric: String) -> MetricSummary? { summaries.first { $0.name == metric } }

  /// The share of replications in which every target held.
  public var successShare: Double { replications > 0 ? Double(successes) / Double(replications) : 0 }

  /// The exact 95% interval of the probability that every target holds.
  public var successInterval: (low: Double, high: Double) {
    ClopperPearson.interval(successes: successes, trials: replications)
  }

  /// True when the share of replications meeting every target reaches `confidence`.
  public func meets(_ confidence: Double) -> Bool { successShare >= confidence - 1e-12 }

  /// True when the verdict is clear at 95% confidence: the exact one-sided 95% bound on the
  /// probability of meeting every target lies on the verdict's side of `confidence` (the lower
  /// bound at or above it for a point that meets it, the upper bound below it for one that
  /// does not), so more replications would not be expected to change the verdict.
  public func isClear(_ confidence: Double) -> Bool {
    let bounds = ClopperPearson.interval(successes: successes, trials: replications, level: 0.9)
    return meets(confidence) ? bounds.low >= confidence : bounds.high < confidence
  }
}
