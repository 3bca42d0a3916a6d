import Foundation
import Scenario

extension NetworkRun {
  /// `metrics.csv`, `replications.csv` and `timeseries.csv`.
  public var metricsCSV: String { tables.metricsCSV }
  public var replicationsCSV: String { tables.replicationsCSV }
  public var timeseriesCSV: String { tables.timeseriesCSV }

  /// `records.csv`: one row per customer of the first replication (`--records`), written
  /// row by row.
  public func writeRecordsCSV(to sink: inout OutputStreamSink) throws {
    try sink.write(CSVTable.line(["replication", "customer", "entered", "left", "outcome", "visits", "total_wait"]))
    for record in replications.first?.customerRecords ?? [] {
      try sink.write(
        CSVTable.line([
          "1", String(record.customer), NumberFormat.csv(record.entered), NumberFormat.csv(record.left),
          record.outcome.rawValue, String(record.visits), NumberFormat.csv(record.totalWait),
        ]))
    }
  }

  /// `summary.json`: the scenario, every metric's interval and, where it applies, theory.
  public var summaryJSON: JSONValue {
    let metrics = tables.metricsJSON { name in
      self.theory?.value(name).map { [("theory", JSONValue.number($0))] } ?? []
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
      ("seed", .string(String(scenario.seed))), ("metrics", metrics), ("theory", theoryField),
    ])
  }

  /// Writes every output file atomically into `destination`.
  public func write(
    to destination: URL, effectiveYAML: String, manifest: RunManifest, records: Bool
  ) throws {
    let folder = try OutputFolder(destination: destination, kind: .run)
    do {
      try folder.write(metricsCSV, to: "metrics.csv")
      try folder.write(replicationsCSV, to: "replications.csv")
      try folder.write(timeseriesCSV, to: "timeseries.csv")
      try folder.write(summaryJSON.rendered(), to: "summary.json")
      try folder.write(effectiveYAML, to: "effective-scenario.yaml")
      try folder.write(manifest.json.rendered(), to: "manifest.json")
      if records { try folder.stream(to: "records.csv") { try writeRecordsCSV(to: &$0) } }
      try folder.commit()
    } catch {
      folder.discard()
      throw error
    }
  }
}
