import Foundation
import QueueingNetwork

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
    let theory = self.theory
    let theoryUnavailable = self.theoryUnavailable
    let metrics = tables.metricsJSON { name in
      theory?.value(name).map { [("theory", JSONValue.number($0))] } ?? []
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
    return .object(
      [
        ("scenario", .string(design.name)), ("model", .string("network")),
        ("time_unit", .string(design.timeUnit)), ("horizon", .number(design.horizon)),
        ("warmup", .number(design.warmup)), ("replications", .number(Double(replications.count))),
        ("seed", .string(String(design.seed))), ("metrics", metrics), ("theory", theoryField),
      ] + OverrideNaming.jsonFields(overrides))
  }
}
