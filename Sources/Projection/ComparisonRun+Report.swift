import StepwellMetrics

extension ComparisonRun {
  /// What the comparison's report shows: the key differences (leaving out those that are zero in
  /// every replication) and the net impact per year and as a discounted total.
  static func reportComparison(
    pair: DesignPair, comparison: PairedComparison, keyMetrics: [String], netImpact: NetImpact?
  ) -> ReportComparison {
    let rows = keyMetrics.compactMap { metric -> (metric: String, diff: Double, low: Double?, high: Double?)? in
      guard let difference = comparison.row(metric)?.difference, difference.mean.isFinite,
        difference.mean != 0 || difference.sd != 0
      else { return nil }
      return (metric, difference.mean, difference.ciLow, difference.ciHigh)
    }
    var lines: [(label: String, mean: Double, low: Double?, high: Double?)] = []
    if let netImpact {
      for period in netImpact.years + [netImpact.discountedTotal] {
        let label = period.year.map { "Year \($0)" } ?? "Discounted total"
        lines.append((label, period.net.mean, period.net.ciLow, period.net.ciHigh))
      }
    }
    var report = ReportComparison(baseName: pair.base.name, altName: pair.alt.name, rows: rows, netImpact: lines)
    for metric in keyMetrics {
      guard let row = comparison.row(metric) else { continue }
      report.means[metric] = (row.baseMean, row.altMean)
    }
    report.costEffectiveness = comparison.rows.compactMap { row in
      guard
        [MetricKey.qalyGainedDiscountedTotal.name, MetricKey.icer.name, MetricKey.icerSensitivity.name].contains(
          row.metric) || row.metric.hasPrefix("nmb."), let difference = row.difference
      else { return nil }
      return (row.metric, difference.mean, difference.ciLow, difference.ciHigh)
    }
    return report
  }
}
