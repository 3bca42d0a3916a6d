import CareModel
import Foundation
import Population
import Scenario

/// The replications of a care scenario over one synthetic population, and their summaries.
public struct CareRun: Sendable {
  /// The design run.
  public let design: CareDesign
  /// The area and its synthetic population (the same for every replication).
  public let area: Area
  /// One result per replication.
  public let replications: [CareReplicationResult]
  /// The output tables and summaries.
  public let tables: ReplicationTables
  /// Wall-clock seconds for the replications (population generation excluded).
  public let wallSeconds: Double
  /// Seconds spent generating the synthetic population.
  public let populationSeconds: Double

  /// The metrics `--precision` watches: waits, bed days and (when costs exist) total cost.
  public static let keyMetrics = ["pathway.wait_first_treatment.mean", "beddays.per_year"]

  /// Builds the population and runs the replications (or enough for `options.precision`).
  public init(design: CareDesign, area: Area, options: RunOptions) {
    self.design = design
    self.area = area
    let generated = Date()
    let population = SyntheticPopulation(area: area, seed: design.seed)
    let inflow = ReferralInflow(
      population: population, newEpisodeShare: design.newEpisodeShare,
      referralsPerYear: design.referralsPerYear,
      startDayOfYear: CareRun.dayOfYear(design.startDate))
    populationSeconds = Date().timeIntervalSince(generated)
    let started = Date()
    let results = AdaptiveReplications.run(
      fixed: design.replications, options: options,
      keyValues: { results in
        CareRun.keyMetrics.map { key in results.compactMap { $0.metric(key) } }
      },
      events: \.events, stopped: \.stoppedAtEventLimit,
      body: {
        CareSimulation.run(design, population: population, inflow: inflow, replication: $0, eventLimit: $1)
      })
    replications = results
    eventLimitFailure = EventLimitFailure(
      first: results.firstIndex(where: \.stoppedAtEventLimit), of: results.map(\.events), options: options)
    wallSeconds = Date().timeIntervalSince(started)
    tables = ReplicationTables(
      metrics: results.map(\.metrics), series: results.map(\.series),
      binStarts: results.first?.binStarts ?? [])
  }

  /// Day of the year (0 = 1 January) of an ISO date, for the seasonal cycle.
  static func dayOfYear(_ date: String) -> Double {
    guard let day = DurationText.parseDate(date),
      let january = DurationText.parseDate(String(date.prefix(4)) + "-01-01")
    else { return 0 }
    return day.timeIntervalSince(january) / 86_400
  }

  /// The first replication that stopped at its event limit (its results are incomplete), if any.
  public let eventLimitFailure: EventLimitFailure?

  /// Events over all replications.
  public var totalEvents: Int { replications.reduce(0) { $0 + $1.events } }

  /// The summary of a metric by name.
  public func summary(_ metric: String) -> MetricSummary? { tables.summary(metric) }

  /// `summary.json`.
  public var summaryJSON: JSONValue {
    .object([
      ("scenario", .string(design.name)), ("model", .string("care")), ("area", .string(area.name)),
      ("start_date", .string(design.startDate)), ("horizon_days", .number(design.horizonDays)),
      ("warmup_days", .number(design.warmupDays)),
      ("replications", .number(Double(replications.count))), ("seed", .string(String(design.seed))),
      ("population", .number(Double(area.population))),
      (
        "metrics",
        tables.metricsJSON { name in
          self.design.targets[name].map { [("target", JSONValue.number($0))] } ?? []
        }
      ),
      ("targets", .object(design.targets.sorted { $0.key < $1.key }.map { ($0.key, .number($0.value)) })),
    ])
  }

  /// Writes every output file atomically into `destination`.
  public func write(to destination: URL, effectiveYAML: String, manifest: RunManifest) throws {
    let folder = try OutputFolder(destination: destination, kind: .run)
    do {
      try folder.write(tables.metricsCSV, to: "metrics.csv")
      try folder.write(tables.replicationsCSV, to: "replications.csv")
      try folder.write(tables.timeseriesCSV, to: "timeseries.csv")
      try folder.write(projectionCSV, to: "projection.csv")
      try folder.write(costsCSV, to: "costs.csv")
      try folder.write(breakdownCSV, to: "breakdown.csv")
      try folder.write(summaryJSON.rendered(), to: "summary.json")
      try folder.write(effectiveYAML, to: "effective-scenario.yaml")
      try folder.write(manifest.json.rendered(), to: "manifest.json")
      try folder.write(CareReport(run: self).html, to: "report.html")
      try folder.commit()
    } catch {
      folder.discard()
      throw error
    }
  }
}
