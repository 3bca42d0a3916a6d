import CareModel
import Foundation
import SimCore

/// What a model adds to the common outputs: its `summary.json`, the files only it writes, its
/// screen table, what a comparison of two of its designs reports, and how a sweep shows it.
///
/// Running, precision batches, comparing and sweeping are written once over this protocol;
/// adding a model means one conformance, not a change to that orchestration.
public protocol ProjectedModel: ModelDesign {
  /// `summary.json` of a run.
  static func summaryJSON(of run: ModelRun<Self>) -> JSONValue
  /// The names of the files a run folder holds beyond the common ones, in the order written.
  static func extraFileNames(records: Bool) -> [String]
  /// Writes those files into the staging folder.
  static func writeExtraFiles(of run: ModelRun<Self>, into folder: OutputFolder, records: Bool) throws
  /// The table `stepwell run` prints.
  static func screenText(of run: ModelRun<Self>) -> String

  /// The key paired differences of a comparison, in order, from the metrics compared.
  static func comparisonKeyMetrics(_ names: [String]) -> [String]
  /// The net impact of ALT against BASE, or why there is none.
  static func netImpact(base: ModelRun<Self>, alt: ModelRun<Self>) -> Result<NetImpact, NetImpact.Unavailable>
  /// The fields of a comparison's `summary.json` that describe the run length.
  static func comparisonLengthFields(_ base: ModelRun<Self>) -> [(String, JSONValue)]
  /// Unit costs and valuations behind a net impact, when the model has them.
  static func costs(of run: ModelRun<Self>) -> CostSpec?
  /// The comparison's `report.html`, when the model has a report.
  static func comparisonReport(base: ModelRun<Self>, alt: ModelRun<Self>, comparison: ReportComparison) -> String?

  /// Which metrics a sweep shows.
  static var sweepPresentation: SweepPresentation { get }
  /// Why `--records` cannot be honoured for this model, or nil when it writes records.
  static var recordsUnavailable: String? { get }
  /// The metrics a decomposition shows on screen (empty: the first key metrics).
  static var decompositionMetrics: [String] { get }
}

extension ProjectedModel {
  public static var decompositionMetrics: [String] { [] }
}
