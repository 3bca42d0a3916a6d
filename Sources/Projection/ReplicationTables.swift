/// The tables every run writes from its replications: `metrics.csv`, `replications.csv` and
/// `timeseries.csv`, shared by network and care runs.
public struct ReplicationTables: Sendable {
  /// Each replication's metrics, in output order (the same names in every replication).
  public let metrics: [[(name: String, value: Double)]]
  /// Each replication's series.
  public let series: [[(name: String, values: [Double])]]
  /// The start of each time-series bin.
  public let binStarts: [Double]
  /// Every metric summarised over replications, in output order.
  public let summaries: [MetricSummary]

  public init(
    metrics: [[(name: String, value: Double)]], series: [[(name: String, values: [Double])]],
    binStarts: [Double]
  ) {
    self.metrics = metrics
    self.series = series
    self.binStarts = binStarts
    let names = metrics.first?.map(\.name) ?? []
    summaries = names.enumerated().map { index, name in
      MetricSummary(name: name, values: metrics.map { $0[index].value })
    }
  }

  /// `metrics.csv`: metric,mean,ci_low,ci_high,replications.
  public var metricsCSV: String {
    var table = CSVTable(columns: ["metric", "mean", "ci_low", "ci_high", "replications"])
    for summary in summaries {
      table.append([
        summary.name, NumberFormat.csv(summary.mean), NumberFormat.csv(summary.ciLow),
        NumberFormat.csv(summary.ciHigh), String(summary.replications),
      ])
    }
    return table.text
  }

  /// `replications.csv`: replication,metric,value (replications numbered from 1).
  public var replicationsCSV: String {
    var table = CSVTable(columns: ["replication", "metric", "value"])
    for (index, result) in metrics.enumerated() {
      for metric in result {
        table.append([String(index + 1), metric.name, NumberFormat.csv(metric.value)])
      }
    }
    return table.text
  }

  /// `timeseries.csv`: period,series,mean,ci_low,ci_high; period is each bin's start.
  public var timeseriesCSV: String {
    var table = CSVTable(columns: ["period", "series", "mean", "ci_low", "ci_high"])
    guard let first = series.first else { return table.text }
    for (seriesIndex, item) in first.enumerated() {
      for (bin, start) in binStarts.enumerated() {
        let values = series.map { $0[seriesIndex].values[bin] }
        let summary = MetricSummary(name: item.name, values: values)
        table.append([
          NumberFormat.csv(start), item.name, NumberFormat.csv(summary.mean),
          NumberFormat.csv(summary.ciLow), NumberFormat.csv(summary.ciHigh),
        ])
      }
    }
    return table.text
  }

  /// The summary of a metric by name.
  public func summary(_ metric: String) -> MetricSummary? { summaries.first { $0.name == metric } }

  /// Every metric as a JSON object of mean and interval, with `extra` fields per metric.
  public func metricsJSON(extra: (String) -> [(String, JSONValue)] = { _ in [] }) -> JSONValue {
    .object(
      summaries.map { summary in
        let fields: [(String, JSONValue)] =
          [
            ("mean", .number(summary.mean)), ("ci_low", .number(summary.ciLow)),
            ("ci_high", .number(summary.ciHigh)),
          ] + extra(summary.name)
        return (summary.name, .object(fields))
      })
  }
}
