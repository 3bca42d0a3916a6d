import StepwellMetrics

extension NetImpact {
  /// The formula in words, for files and the screen.
  public static let formula =
    "net impact = (ALT - BASE total service cost, bed days included) - (value of suicides prevented = -(ALT - BASE expected population suicides) x suicide value) - (ALT - BASE value of purposeful years); negative is a saving"

  /// The parts in output order: (column name, summary).
  static func parts(of period: Period) -> [(String, MetricSummary)] {
    let parts: [(NetImpactComponent, MetricSummary)] = [
      (.serviceCost, period.serviceCost), (.suicidesPreventedValue, period.suicidesPreventedValue),
      (.purposefulValue, period.purposefulValue), (.netImpact, period.net),
    ]
    return parts.map { ($0.0.rawValue, $0.1) }
  }

  /// `net_impact.csv`: period,component,diff_mean,diff_ci_low,diff_ci_high (pounds); period is
  /// the projection year (1..N) or `discounted_total`.
  public var csv: String {
    var table = CSVTable(columns: ["period", "component", "diff_mean", "diff_ci_low", "diff_ci_high"])
    for period in years + [discountedTotal] {
      for (name, summary) in NetImpact.parts(of: period) {
        table.append([
          period.year.map(String.init) ?? "discounted_total", name, NumberFormat.csv(summary.mean),
          NumberFormat.csv(summary.ciLow), NumberFormat.csv(summary.ciHigh),
        ])
      }
    }
    return table.text
  }
}

extension NetImpact.Period {
  /// The period's parts as JSON: each with mean and interval (pounds).
  public var json: JSONValue {
    var fields: [(String, JSONValue)] = []
    if let year { fields.append(("year", .number(Double(year)))) }
    for (name, summary) in NetImpact.parts(of: self) {
      fields.append(
        (
          name,
          .object([
            ("mean", .number(summary.mean)), ("ci_low", .number(summary.ciLow)), ("ci_high", .number(summary.ciHigh)),
          ])
        ))
    }
    return .object(fields)
  }
}
