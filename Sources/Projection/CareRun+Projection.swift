import CareModel

extension CareRun {
  /// Per-year metric summaries over replications: (year 1..N, metric, summary).
  public var yearlySummaries: [(year: Int, metric: String, summary: MetricSummary)] {
    guard let first = replications.first else { return [] }
    var rows: [(year: Int, metric: String, summary: MetricSummary)] = []
    for (index, series) in first.yearly.enumerated() {
      for year in series.values.indices {
        let values = replications.map { $0.yearly[index].values[year] }
        rows.append((year + 1, series.name, MetricSummary(name: series.name, values: values)))
      }
    }
    return rows
  }

  /// Each replication's discounted total of a yearly series (Green Book discounting).
  public func discountedTotals(_ name: String) -> [Double] {
    guard let costs = design.costs else { return [] }
    return replications.compactMap { result in
      result.yearlyValues(name).map { costs.discounted($0) }
    }
  }

  /// `projection.csv`: year,metric,mean,ci_low,ci_high,replications (costs in costs.csv).
  public var projectionCSV: String {
    var table = CSVTable(columns: ["year", "metric", "mean", "ci_low", "ci_high", "replications"])
    for row in yearlySummaries where !row.metric.hasPrefix("cost.") || row.metric == "cost.total" {
      table.append([
        String(row.year), row.metric, NumberFormat.csv(row.summary.mean),
        NumberFormat.csv(row.summary.ciLow), NumberFormat.csv(row.summary.ciHigh),
        String(row.summary.replications),
      ])
    }
    return table.text
  }

  /// `costs.csv`: year,category,mean,ci_low,ci_high; then `discounted_total` rows.
  public var costsCSV: String {
    var table = CSVTable(columns: ["year", "category", "mean", "ci_low", "ci_high"])
    let costRows = yearlySummaries.filter { $0.metric.hasPrefix("cost.") }
    for row in costRows {
      table.append([
        String(row.year), String(row.metric.dropFirst("cost.".count)), NumberFormat.csv(row.summary.mean),
        NumberFormat.csv(row.summary.ciLow), NumberFormat.csv(row.summary.ciHigh),
      ])
    }
    let names = replications.first?.yearly.map(\.name).filter { $0.hasPrefix("cost.") } ?? []
    for name in names {
      let summary = MetricSummary(name: name, values: discountedTotals(name))
      table.append([
        "discounted_total", String(name.dropFirst("cost.".count)), NumberFormat.csv(summary.mean),
        NumberFormat.csv(summary.ciLow), NumberFormat.csv(summary.ciHigh),
      ])
    }
    return table.text
  }

  /// Breakdown summaries: (dimension, group, metric, summary), in a stable order.
  public var breakdownSummaries: [(dimension: String, group: String, metric: String, summary: MetricSummary)] {
    var keys: [String] = []
    var values: [String: [Double]] = [:]
    var parts: [String: (String, String, String)] = [:]
    for result in replications {
      for row in result.breakdown {
        let key = "\(row.dimension)\u{1}\(row.group)\u{1}\(row.metric)"
        if values[key] == nil {
          keys.append(key)
          parts[key] = (row.dimension, row.group, row.metric)
        }
        values[key, default: []].append(row.value)
      }
    }
    return keys.compactMap { key in
      guard let (dimension, group, metric) = parts[key] else { return nil }
      return (dimension, group, metric, MetricSummary(name: metric, values: values[key] ?? []))
    }
  }

  /// `breakdown.csv`: dimension,group,metric,mean,ci_low,ci_high.
  public var breakdownCSV: String {
    var table = CSVTable(columns: ["dimension", "group", "metric", "mean", "ci_low", "ci_high"])
    for row in breakdownSummaries {
      table.append([
        row.dimension, row.group, row.metric, NumberFormat.csv(row.summary.mean),
        NumberFormat.csv(row.summary.ciLow), NumberFormat.csv(row.summary.ciHigh),
      ])
    }
    return table.text
  }
}
