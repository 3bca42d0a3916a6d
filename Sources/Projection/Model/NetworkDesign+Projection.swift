import CareModel
import Foundation
import QueueingNetwork

extension NetworkDesign: ProjectedModel {
  public static func summaryJSON(of run: NetworkRun) -> JSONValue { run.summaryJSON }

  public static func extraFileNames(records: Bool) -> [String] { records ? ["records.csv"] : [] }

  public static func writeExtraFiles(of run: NetworkRun, into folder: OutputFolder, records: Bool) throws {
    if records { try folder.stream(to: "records.csv") { try run.writeRecordsCSV(to: &$0) } }
  }

  public static func screenText(of run: NetworkRun) -> String { NetworkScreenReport(run: run).text }

  /// Every node's mean wait and the mean time in the system.
  public static func comparisonKeyMetrics(_ names: [String]) -> [String] {
    names.filter { $0.hasSuffix(".wait.mean") || $0 == "system.sojourn.mean" }
  }

  public static func netImpact(base: NetworkRun, alt: NetworkRun) -> Result<NetImpact, NetImpact.Unavailable> {
    .failure(NetImpact.Unavailable(reason: "network scenarios have no costs"))
  }

  public static func comparisonLengthFields(_ base: NetworkRun) -> [(String, JSONValue)] {
    [("horizon", .number(base.design.horizon)), ("warmup", .number(base.design.warmup))]
  }

  public static func costs(of run: NetworkRun) -> CostSpec? { nil }

  public static func comparisonReport(base: NetworkRun, alt: NetworkRun, comparison: ReportComparison) -> String? {
    nil
  }

  public static let recordsUnavailable: String? = nil

  public static let sweepPresentation = SweepPresentation(
    leadingMetrics: [], keyPrefixes: ["nodes": "node"], waitPrefix: "node.", trailingMetrics: ["system.sojourn.mean"],
    costMetrics: [])
}
