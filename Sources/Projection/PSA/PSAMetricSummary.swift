import Stochastics

/// One metric of one design (or the paired difference) over a probabilistic sensitivity
/// analysis: the mean over every draw and replication, the interval a plain run of that many
/// replications would print (noise only), the interval of the draws' means (parameter uncertainty
/// with the little noise left in a mean of R replications), and how the variance of one
/// replication's value splits between the inputs and the run-to-run noise.
///
/// With N draws of R replications, m_d the mean and s²_d the variance within draw d:
/// W = mean of s²_d (noise), B = variance of the m_d, P = max(0, B - W / R) (the inputs: one-way
/// random-effects ANOVA), parameter share = P / (P + W).
public struct PSAMetricSummary: Sendable {
  /// `base`, `alt`, `alt_minus_base`, or `scenario` for a single design.
  public let design: String
  /// The metric name.
  public let metric: String
  /// Mean over every draw and replication.
  public let mean: Double
  /// The 95% t interval of the mean from noise alone (nil with one replication per draw).
  public let noiseLow: Double?
  public let noiseHigh: Double?
  /// The 2.5% and 97.5% quantiles of the draws' means (nil with one draw).
  public let low: Double?
  public let high: Double?
  /// Share of one replication's variance that comes from the inputs (nil when undefined).
  public let parameterShare: Double?
  /// Draws with a finite value.
  public let draws: Int

  /// Summarises `values[d][r]` (draw, replication); non-finite values are left out.
  public init(design: String, metric: String, values: [[Double]]) {
    self.design = design
    self.metric = metric
    let finite = values.map { $0.filter(\.isFinite) }.filter { !$0.isEmpty }
    draws = finite.count
    let means = finite.map { $0.reduce(0, +) / Double($0.count) }
    mean = means.isEmpty ? .nan : means.reduce(0, +) / Double(means.count)
    (low, high) = (PSAMetricSummary.quantile(means, 0.025), PSAMetricSummary.quantile(means, 0.975))
    let within = finite.filter { $0.count >= 2 }
    let total = within.reduce(0) { $0 + $1.count }
    if !within.isEmpty, total > within.count {
      let w = within.map(PSAMetricSummary.variance).reduce(0, +) / Double(within.count)
      let r = Double(total) / Double(within.count)
      let t = StudentT.quantile(0.975, degreesOfFreedom: total - within.count)
      let half = t * (w / Double(total)).squareRoot()
      (noiseLow, noiseHigh) = (mean - half, mean + half)
      if means.count >= 2 {
        let p = max(0, PSAMetricSummary.variance(means) - w / r)
        parameterShare = p + w > 0 ? p / (p + w) : nil
      } else {
        parameterShare = nil
      }
    } else {
      (noiseLow, noiseHigh, parameterShare) = (nil, nil, nil)
    }
  }

  /// The sample variance (n - 1).
  static func variance(_ values: [Double]) -> Double {
    guard values.count >= 2 else { return 0 }
    let mean = values.reduce(0, +) / Double(values.count)
    return values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(values.count - 1)
  }

  /// The p quantile by linear interpolation between order statistics placed at (k - 0.5) / n
  /// (Hazen; Hyndman and Fan type 5), which is unbiased for the strata of a Latin hypercube; nil
  /// with fewer than two values.
  public static func quantile(_ values: [Double], _ p: Double) -> Double? {
    guard values.count >= 2 else { return nil }
    let sorted = values.sorted()
    let h = Double(sorted.count) * p + 0.5
    if h <= 1 { return sorted[0] }
    if h >= Double(sorted.count) { return sorted[sorted.count - 1] }
    let lower = Int(h.rounded(.down))
    return sorted[lower - 1] + (h - Double(lower)) * (sorted[lower] - sorted[lower - 1])
  }
}
