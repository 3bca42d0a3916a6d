import Foundation
import StepwellMetrics

extension NationalRun {
  /// The headline metrics of `boards.csv`, the screen and the report, in order (those a run has).
  public static let headlineMetrics = [
    "referrals.per_year", "pathway.wait_first_treatment.mean", "pathway.wait_first_treatment.p90",
    "pathway.within_6_weeks", "pathway.within_18_weeks", "pathway.waiting.count", "recovery.rate", "dna.rate",
    "secondary.admissions.per_year", "beddays.per_year", "suicides.expected.per_year", "cost.total.per_year",
  ]

  /// The files a national run writes, in order.
  public static let fileNames = [
    "metrics.csv", "replications.csv", "timeseries.csv", "boards.csv", "summary.json", "effective-scenario.yaml",
    "manifest.json", "report.html", "data-dictionary.csv",
  ]

  /// The headline metrics this run has.
  var headline: [String] {
    NationalRun.headlineMetrics.filter { name in boards.first?.metricNames.contains(name) ?? false }
  }

  /// `boards.csv`: one row per board and headline metric:
  /// `code,board,title,population,referrals_input_per_year,capacity_scale,metric,unit,mean,ci_low,ci_high`.
  public var boardsCSV: String {
    var table = CSVTable(columns: [
      "code", "board", "title", "population", "referrals_input_per_year", "capacity_scale", "metric", "unit", "mean",
      "ci_low", "ci_high",
    ])
    for board in boards {
      let plan = board.plan
      for name in headline {
        let summary = MetricSummary(name: name, values: board.values(name) ?? [])
        table.append([
          plan.code, plan.areaName, plan.title, String(plan.population), NumberFormat.csv(plan.referralsPerYear),
          NumberFormat.csv(plan.capacityScale), name, MetricCatalogue.definition(of: name)?.unit.label ?? "",
          NumberFormat.csv(summary.mean), NumberFormat.csv(summary.ciLow), NumberFormat.csv(summary.ciHigh),
        ])
      }
    }
    return table.text
  }

  /// `summary.json`: the national metrics with targets, and how they were combined.
  public func summaryJSON(startDate: String, horizonDays: Double, warmupDays: Double, seed: UInt64) -> JSONValue {
    .object([
      ("scenario", .string(name)), ("model", .string("care")), ("boards", .number(Double(boards.count))),
      ("start_date", .string(startDate)), ("horizon_days", .number(horizonDays)), ("warmup_days", .number(warmupDays)),
      ("replications", .number(Double(replicationCount))), ("seed", .string(String(seed))),
      ("population", .number(Double(population))),
      (
        "national_totals",
        .string(
          "counts, costs and levels summed over boards; means, percentiles and shares weighted by each board's referrals, replication by replication"
        )
      ),
      ("metrics", tables.metricsJSON { name in self.targets[name].map { [("target", JSONValue.number($0))] } ?? [] }),
      ("targets", .object(targets.sorted { $0.key < $1.key }.map { ($0.key, .number($0.value)) })),
    ])
  }

  /// Writes every file atomically into `destination`.
  public func write(
    to destination: URL, effectiveYAML: String, manifest: RunManifest, startDate: String, horizonDays: Double,
    warmupDays: Double, seed: UInt64
  ) throws {
    let folder = try OutputFolder(destination: destination, kind: .run)
    do {
      try folder.write(tables.metricsCSV, to: "metrics.csv")
      try folder.write(tables.replicationsCSV, to: "replications.csv")
      try folder.write(tables.timeseriesCSV, to: "timeseries.csv")
      try folder.write(boardsCSV, to: "boards.csv")
      try folder.write(
        summaryJSON(startDate: startDate, horizonDays: horizonDays, warmupDays: warmupDays, seed: seed).rendered(),
        to: "summary.json")
      try folder.write(effectiveYAML, to: "effective-scenario.yaml")
      try folder.write(manifest.json.rendered(), to: "manifest.json")
      try folder.write(NationalReport(run: self).html, to: "report.html")
      try folder.commit()
    } catch {
      folder.discard()
      throw error
    }
  }

  /// The table `stepwell run` prints: the national headline metrics with targets.
  public var screenText: String {
    var lines = [
      "\(name): \(boards.count) boards (\(population) people), \(replicationCount) replications; national totals"
    ]
    let rows = headline.compactMap { tables.summary($0) }.map { ScreenRow($0) }
    let width = max(40, (rows.map(\.label.count).max() ?? 0) + 2)
    func pad(_ text: String, _ width: Int) -> String {
      text.count >= width ? text + " " : text + String(repeating: " ", count: width - text.count)
    }
    let header = pad("metric", width) + pad("mean", 14) + "95% interval"
    lines.append(header)
    lines.append(String(repeating: "-", count: header.count + 14))
    for row in rows {
      let target = targets[row.name].map { "  target \(MetricCatalogue.screenValue($0, of: row.name))" } ?? ""
      lines.append(pad(row.label, width) + pad(row.mean, 14) + row.interval + target)
    }
    let rate = wallSeconds > 0 ? Double(totalEvents) / wallSeconds : 0
    lines.append(
      "\(totalEvents) events in \(NumberFormat.screen(wallSeconds)) s (\(NumberFormat.screen(rate / 1e6)) million events/s)"
    )
    return lines.joined(separator: "\n")
  }
}
