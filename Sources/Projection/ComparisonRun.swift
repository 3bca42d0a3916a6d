import CareModel
import Foundation
import Scenario

/// `stepwell compare`: both designs run with the same seed, replications, horizon and warm-up, so
/// replication i of each draws from the same streams (common random numbers), and every metric
/// is compared as ALT minus BASE with a paired interval.
public struct ComparisonRun: Sendable {
  /// The scenarios as loaded.
  public let pair: DesignPair
  /// BASE's run.
  public let base: any ProjectedRun
  /// ALT's run.
  public let alt: any ProjectedRun
  /// Every metric, ALT minus BASE.
  public let comparison: PairedComparison
  /// The key paired differences, in the order shown on screen and in the report.
  public let keyMetrics: [String]
  /// The net impact (care scenarios with costs in both designs); nil otherwise.
  public let netImpact: NetImpact?
  /// Why there is no net impact, when there is none.
  public let netImpactUnavailable: String?
  /// The prices behind the net impact (BASE's), when the model has them.
  public let costs: CostSpec?
  /// The fields of `summary.json` that describe the run length.
  let lengthFields: [(String, JSONValue)]
  /// `report.html`, when the model has a report.
  public let reportHTML: String?
  /// What the report compares, and the report made from it (with a decomposition's levers).
  let reportComparison: ReportComparison
  let makeReport: @Sendable (ReportComparison) -> String?
  /// The `--set` overrides applied to both designs, as typed; the manifests and summaries name
  /// them.
  public var overrides: [String] = []

  /// Runs both designs. Under `--precision` each design runs to its own precision and the one
  /// that stopped earlier is rerun to the other's count (replication i is the same either way),
  /// so every replication is paired.
  public init(pair: DesignPair, options: RunOptions) {
    self = ComparisonRun.run(pair.base.projected, pair: pair, options: options)
  }

  /// Runs BASE's model for both designs; `DesignPair.load` has checked that ALT is a design of
  /// the same model.
  static func run<Design: ProjectedModel>(_ baseDesign: Design, pair: DesignPair, options: RunOptions)
    -> ComparisonRun
  {
    guard let altDesign = pair.alt.design as? Design else {
      preconditionFailure("DesignPair.load admits only two designs of the same model")
    }
    var base = ModelRun(design: baseDesign, options: options)
    var alt = ModelRun(design: altDesign, options: options)
    let count = max(base.replications.count, alt.replications.count)
    var fixed = RunOptions(threads: options.threads, records: options.records, progress: options.progress)
    (fixed.eventsPerRun, fixed.eventsPerReplication) = (options.eventsPerRun, options.eventsPerReplication)
    if base.replications.count < count { base = ComparisonRun.rerun(baseDesign, count, fixed) }
    if alt.replications.count < count { alt = ComparisonRun.rerun(altDesign, count, fixed) }
    return ComparisonRun(pair: pair, base: base, alt: alt)
  }

  init<Design: ProjectedModel>(pair: DesignPair, base: ModelRun<Design>, alt: ModelRun<Design>) {
    self.pair = pair
    self.base = base
    self.alt = alt
    let thresholds = Design.costs(of: base)?.thresholds ?? []
    let comparison = PairedComparison(base: base.tables, alt: alt.tables).appending(
      CostEffectiveness(base: base.tables.metrics, alt: alt.tables.metrics, thresholds: thresholds).rows)
    self.comparison = comparison
    keyMetrics = Design.comparisonKeyMetrics(comparison.rows.map(\.metric))
    switch Design.netImpact(base: base, alt: alt) {
    case .success(let impact): (netImpact, netImpactUnavailable) = (impact, nil)
    case .failure(let reason): (netImpact, netImpactUnavailable) = (nil, reason.reason)
    }
    costs = Design.costs(of: base)
    lengthFields = Design.comparisonLengthFields(base)
    let reportComparison = ComparisonRun.reportComparison(
      pair: pair, comparison: comparison, keyMetrics: keyMetrics, netImpact: netImpact)
    self.reportComparison = reportComparison
    makeReport = { Design.comparisonReport(base: base, alt: alt, comparison: $0) }
    reportHTML = Design.comparisonReport(base: base, alt: alt, comparison: reportComparison)
  }

  static func rerun<Design: ProjectedModel>(_ design: Design, _ count: Int, _ options: RunOptions) -> ModelRun<Design> {
    var design = design
    design.replications = count
    return ModelRun(design: design, options: options)
  }

  /// Paired replications.
  public var replications: Int { min(base.replicationCount, alt.replicationCount) }

  /// Wall-clock seconds of both runs.
  public var wallSeconds: Double { base.wallSeconds + alt.wallSeconds }

  /// Events in both runs.
  public var totalEvents: Int { base.totalEvents + alt.totalEvents }

  /// A design's failure to finish within the event budget, if either had one.
  public var eventLimitFailure: EventLimitFailure? { base.eventLimitFailure ?? alt.eventLimitFailure }

  /// The seed both designs ran with.
  public var seed: UInt64 { base.seed }
}
