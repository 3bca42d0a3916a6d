import Foundation
import Scenario

extension NetworkRun {
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
    for (index, result) in replications.enumerated() {
      for metric in result.metrics {
        table.append([String(index + 1), metric.name, NumberFormat.csv(metric.value)])
      }
    }
    return table.text
  }

  /// `timeseries.csv`: period,series,mean,ci_low,ci_high; period is each bin's start time.
  public var timeseriesCSV: String {
    var table = CSVTable(columns: ["period", "series", "mean", "ci_low", "ci_high"])
    guard let first = replications.first else { return table.text }
    for (seriesIndex, series) in first.series.enumerated() {
      for (bin, start) in first.binStarts.enumerated() {
        let values = replications.map { $0.series[seriesIndex].values[bin] }
        let summary = MetricSummary(name: series.name, values: values)
        table.append([
          NumberFormat.csv(start), series.name, NumberFormat.csv(summary.mean),
          NumberFormat.csv(summary.ciLow), NumberFormat.csv(summary.ciHigh),
        ])
      }
    }
    return table.text
  }

  /// `records.csv`: one row per customer of the first replication (`--records`).
  public var recordsCSV: String {
    var table = CSVTable(columns: [
      "replication", "customer", "entered", "left", "outcome", "visits", "total_wait",
    ])
    for record in replications.first?.customerRecords ?? [] {
      table.append([
        "1", String(record.customer), NumberFormat.csv(record.entered), NumberFormat.csv(record.left),
        record.outcome.rawValue, String(record.visits), NumberFormat.csv(record.totalWait),
      ])
    }
    return table.text
  }

  /// `summary.json`: the scenario, every metric's interval and, where it applies, theory.
  public var summaryJSON: JSONValue {
    let metrics = summaries.map { summary -> (String, JSONValue) in
      var fields: [(String, JSONValue)] = [
        ("mean", .number(summary.mean)), ("ci_low", .number(summary.ciLow)),
        ("ci_high", .number(summary.ciHigh)),
      ]
      if let exact = theory?.value(summary.name) { fields.append(("theory", .number(exact))) }
      return (summary.name, .object(fields))
    }
    let theoryField: JSONValue =
      if let theory {
        .object([
          ("available", .bool(true)),
          ("method", .string("Jackson network: traffic equations with M/M/c per node (Erlang C)")),
          ("values", .object(theory.values.map { ($0.name, .number($0.value)) })),
        ])
      } else {
        .object([("available", .bool(false)), ("reason", .string(theoryUnavailable ?? ""))])
      }
    return .object([
      ("scenario", .string(scenario.name)), ("model", .string("network")),
      ("time_unit", .string(scenario.timeUnit)), ("horizon", .number(scenario.horizon)),
      ("warmup", .number(scenario.warmup)), ("replications", .number(Double(replications.count))),
      ("seed", .string(String(scenario.seed))), ("metrics", .object(metrics)), ("theory", theoryField),
    ])
  }

  /// Writes every output file atomically into `destination`.
  public func write(
    to destination: URL, effectiveYAML: String, manifest: RunManifest, records: Bool
  ) throws {
    let folder = try OutputFolder(destination: destination)
    do {
      try folder.write(metricsCSV, to: "metrics.csv")
      try folder.write(replicationsCSV, to: "replications.csv")
      try folder.write(timeseriesCSV, to: "timeseries.csv")
      try folder.write(summaryJSON.rendered(), to: "summary.json")
      try folder.write(effectiveYAML, to: "effective-scenario.yaml")
      try folder.write(manifest.json.rendered(), to: "manifest.json")
      if records { try folder.write(recordsCSV, to: "records.csv") }
      try folder.commit()
    } catch {
      folder.discard()
      throw error
    }
  }
}
