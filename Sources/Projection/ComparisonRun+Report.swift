extension ComparisonRun {
  /// Care metrics shown on screen and in the report (service waits follow the first).
  static let careKeyMetrics = [
    "pathway.wait_first_treatment.mean", "pathway.wait_first_treatment.p90", "pathway.within_18_weeks",
    "recovery.rate", "secondary.admissions.per_year", "beddays.per_year", "beddays.out_of_area.per_year",
    "suicides.expected.per_year", "suicides.expected.population.per_year", "cost.total.per_year",
    "value.purposeful_years.per_year",
  ]

  /// The key paired differences, in order: for care the pathway wait, every service's mean wait,
  /// then secondary care, suicides, cost and purposeful-year value; for networks every node's
  /// mean wait and the mean time in the system.
  public var keyMetrics: [String] {
    let names = comparison.rows.map(\.metric)
    switch runs {
    case .network:
      return names.filter { $0.hasSuffix(".wait.mean") || $0 == "system.sojourn.mean" }
    case .care:
      let waits = names.filter { $0.hasPrefix("service.") && $0.hasSuffix(".wait.mean") }
      let keys = ComparisonRun.careKeyMetrics
      return [keys[0]] + waits + keys.dropFirst()
    }
  }

  /// `report.html` for a care comparison: ALT's run with the key differences (leaving out those
  /// that are zero in every replication) and the net impact per year and as a discounted total.
  public var reportHTML: String? {
    guard case .care(_, let alt) = runs else { return nil }
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
    let report = ReportComparison(baseName: pair.base.name, altName: pair.alt.name, rows: rows, netImpact: lines)
    return CareReport(run: alt, comparison: report).html
  }
}
