/// Which inputs move ALT's incremental net benefit most: for each drawn input, the least-squares
/// slope of INB_d on the input's draws (a linear metamodel, one input at a time: the Latin
/// hypercube draws inputs independently, so the one-way slopes estimate the partial ones), and the
/// change in INB as the input moves across its central 95% of draws.
public struct PSATornado: Sendable {
  /// One input's bar.
  public struct Bar: Sendable {
    /// The dotted key.
    public let key: String
    /// The input's 2.5% and 97.5% draws.
    public let low: Double
    public let high: Double
    /// Predicted INB (pounds) at those two values, others at their means.
    public let netBenefitAtLow: Double
    public let netBenefitAtHigh: Double
    /// Pounds of INB per unit of the input.
    public let slope: Double
    /// Pearson correlation of the input and INB over draws.
    public let correlation: Double
    /// True when |correlation| > 1.96 / sqrt(draws), about a 5% two-sided test of none.
    public let clear: Bool

    /// The bar's width, pounds.
    public var swing: Double { abs(netBenefitAtHigh - netBenefitAtLow) }
  }

  /// Bars, widest first.
  public let bars: [Bar]
  /// The threshold, pounds per QALY.
  public let threshold: Double
  /// Mean INB, pounds.
  public let meanNetBenefit: Double

  /// The bars for INB `netBenefit[d]` against each column's draws `inputs[c][d]`.
  public init(keys: [String], inputs: [[Double]], netBenefit: [Double], threshold: Double) {
    self.threshold = threshold
    let n = Double(netBenefit.count)
    let meanY = netBenefit.reduce(0, +) / max(1, n)
    meanNetBenefit = meanY
    var bars: [Bar] = []
    for (key, x) in zip(keys, inputs) {
      guard netBenefit.count >= 3, let low = PSAMetricSummary.quantile(x, 0.025),
        let high = PSAMetricSummary.quantile(x, 0.975), high > low
      else { continue }
      let meanX = x.reduce(0, +) / n
      var sxx = 0.0
      var sxy = 0.0
      var syy = 0.0
      for (xi, yi) in zip(x, netBenefit) {
        sxx += (xi - meanX) * (xi - meanX)
        sxy += (xi - meanX) * (yi - meanY)
        syy += (yi - meanY) * (yi - meanY)
      }
      guard sxx > 0 else { continue }
      let slope = sxy / sxx
      let correlation = syy > 0 ? sxy / (sxx * syy).squareRoot() : 0
      bars.append(
        Bar(
          key: key, low: low, high: high, netBenefitAtLow: meanY + slope * (low - meanX),
          netBenefitAtHigh: meanY + slope * (high - meanX), slope: slope, correlation: correlation,
          clear: abs(correlation) > 1.96 / n.squareRoot()))
    }
    self.bars = bars.sorted { $0.swing != $1.swing ? $0.swing > $1.swing : $0.key < $1.key }
  }
}
