import CareModel
import Foundation

extension CareSetup: ProjectedModel {
  public static func summaryJSON(of run: CareRun) -> JSONValue { run.summaryJSON }

  public static func extraFileNames(records: Bool) -> [String] {
    ["projection.csv", "costs.csv", "breakdown.csv", "report.html"]
  }

  public static func writeExtraFiles(of run: CareRun, into folder: OutputFolder, records: Bool) throws {
    try folder.write(run.projectionCSV, to: "projection.csv")
    try folder.write(run.costsCSV, to: "costs.csv")
    try folder.write(run.breakdownCSV, to: "breakdown.csv")
    try folder.write(CareReport(run: run).html, to: "report.html")
  }

  public static func screenText(of run: CareRun) -> String { CareScreenReport(run: run).text }

  /// Care metrics shown on screen and in the report (service waits follow the first).
  static let comparisonMetrics = [
    "pathway.wait_first_treatment.mean", "pathway.wait_first_treatment.p90", "pathway.within_6_weeks",
    "pathway.within_18_weeks", "pathway.waiting.count", "recovery.rate", "secondary.admissions.per_year",
    "beddays.per_year", "beddays.out_of_area.per_year", "suicides.expected.per_year",
    "suicides.expected.population.per_year", "cost.total.per_year", "cost.talking_therapies.per_year",
    "cost.mental_health_trust.per_year", "cost.local_authority.per_year", "cost.primary_care.per_year",
    "cost.discounted_total", "qaly.per_year", "qaly.discounted_total",
  ]

  /// What carries a comparison's beds, suicides and cost: shown by `compare --decompose`.
  public static let decompositionMetrics = [
    "pathway.wait_first_treatment.mean", "beddays.per_year", "beddays.out_of_area.per_year",
    "secondary.admissions.per_year", "suicides.expected.population.per_year", "cost.total.per_year",
    "qaly.gained.discounted_total",
  ]

  /// The pathway wait, every service's mean wait, then people waiting, secondary care, suicides,
  /// cash by payer and QALYs.
  public static func comparisonKeyMetrics(_ names: [String]) -> [String] {
    let waits = names.filter { $0.hasPrefix("service.") && $0.hasSuffix(".wait.mean") }
    return [comparisonMetrics[0]] + waits + comparisonMetrics.dropFirst()
  }

  public static func netImpact(base: CareRun, alt: CareRun) -> Result<NetImpact, NetImpact.Unavailable> {
    NetImpact.between(base: base, alt: alt)
  }

  public static func comparisonLengthFields(_ base: CareRun) -> [(String, JSONValue)] {
    [("horizon_days", .number(base.design.horizonDays)), ("warmup_days", .number(base.design.warmupDays))]
  }

  public static func costs(of run: CareRun) -> CostSpec? { run.design.costs }

  public static func comparisonReport(base: CareRun, alt: CareRun, comparison: ReportComparison) -> String? {
    var comparison = comparison
    for row in base.yearlySummaries { comparison.baseYearly[row.metric, default: []].append(row.summary) }
    return CareReport(run: alt, comparison: comparison).html
  }

  public static let recordsUnavailable: String? =
    "care runs keep no per-person records yet (use the network scenarios for records.csv)"

  public static let sweepPresentation = SweepPresentation(
    leadingMetrics: ["pathway.wait_first_treatment.mean"], keyPrefixes: ["services": "service"],
    waitPrefix: "service.", trailingMetrics: ["cost.total.per_year"], costMetrics: ["cost.total.per_year"])
}
