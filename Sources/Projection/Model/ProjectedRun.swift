import Foundation
import SimCore

/// A finished run of some model, as the commands, comparisons and sweeps use it without knowing
/// which model it is.
public protocol ProjectedRun: Sendable {
  /// The design's name.
  var name: String { get }
  /// The master seed.
  var seed: UInt64 { get }
  /// The `--set` overrides the design was loaded with, as typed; titles name them.
  var overrides: [String] { get set }
  /// The unit of the design's times and waits.
  var timeUnit: String { get }
  /// The output tables and summaries.
  var tables: ReplicationTables { get }
  /// Replications run.
  var replicationCount: Int { get }
  /// Wall-clock seconds for the replications.
  var wallSeconds: Double { get }
  /// Events over all replications.
  var totalEvents: Int { get }
  /// The first replication that stopped at its event limit, if any.
  var eventLimitFailure: EventLimitFailure? { get }
  /// The files `write` puts in a run folder, in order.
  func fileNames(records: Bool) -> [String]
  /// Writes every output file atomically into `destination`, with `<folder-name>.xlsx` when
  /// `workbook` is given.
  func write(
    to destination: URL, effectiveYAML: String, manifest: RunManifest, records: Bool, workbook: WorkbookWriter?
  ) throws
  /// The table `stepwell run` prints.
  var screenText: String { get }
  /// Whether the warm-up looks long enough (MSER-5 on the run's series).
  var warmupCheck: WarmupCheck { get }
  /// The metrics a decomposition shows on screen (empty: the first key metrics).
  var decompositionMetrics: [String] { get }
}

extension ModelRun: ProjectedRun where Design: ProjectedModel {
  public var name: String { design.name }
  public var seed: UInt64 { design.seed }
  public var timeUnit: String { design.timeUnit }
  public var replicationCount: Int { replications.count }

  /// The files every run writes, then the model's own.
  public func fileNames(records: Bool) -> [String] {
    ["metrics.csv", "replications.csv", "timeseries.csv", "summary.json", "effective-scenario.yaml", "manifest.json"]
      + Design.extraFileNames(records: records) + ["data-dictionary.csv"]
  }

  public func write(
    to destination: URL, effectiveYAML: String, manifest: RunManifest, records: Bool, workbook: WorkbookWriter?
  ) throws {
    let folder = try OutputFolder(destination: destination, kind: .run, workbook: workbook)
    do {
      try folder.write(tables.metricsCSV, to: "metrics.csv")
      try folder.write(tables.replicationsCSV, to: "replications.csv")
      try folder.write(tables.timeseriesCSV, to: "timeseries.csv")
      try folder.write(Design.summaryJSON(of: self).rendered(), to: "summary.json")
      try folder.write(effectiveYAML, to: "effective-scenario.yaml")
      var manifest = manifest
      manifest.warmupCheck = warmupCheck
      try folder.write(manifest.json.rendered(), to: "manifest.json")
      try Design.writeExtraFiles(of: self, into: folder, records: records)
      try folder.commit()
    } catch {
      folder.discard()
      throw error
    }
  }

  public var screenText: String { Design.screenText(of: self) }

  public var decompositionMetrics: [String] { Design.decompositionMetrics }
}

extension ProjectedRun {
  /// Writes every output file atomically into `destination`, without a workbook.
  public func write(to destination: URL, effectiveYAML: String, manifest: RunManifest, records: Bool) throws {
    try write(to: destination, effectiveYAML: effectiveYAML, manifest: manifest, records: records, workbook: nil)
  }
}

extension ProjectedModel {
  /// Runs this design's replications.
  public func run(options: RunOptions) -> any ProjectedRun { ModelRun(design: self, options: options) }
}
