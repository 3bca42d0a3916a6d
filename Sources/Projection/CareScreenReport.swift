import Population
import Presentation
import StepwellMetrics

/// The table `stepwell run` prints for a care scenario: the headline metrics with intervals,
/// each labelled with its unit and written in it (days, £ with thousands separators, shares as %).
public struct CareScreenReport {
  let run: CareRun

  public init(run: CareRun) { self.run = run }

  /// Metrics shown on screen, in order; the rest are in metrics.csv.
  static let headline: [MetricKey] = [
    .referralsPerYear, .treatmentEnteredShare, .waitFirstTreatmentMean, .waitFirstTreatmentP90, .within6Weeks,
    .within18Weeks, .dnaRate, .recoveryRate, .admissionsPerYear, .bedDaysPerYear, .bedDaysOutOfAreaPerYear,
    .service("inpatient", .utilisation), .suicidesExpectedPerYear, .suicidesExpectedPopulationPerYear,
    .suicidesInContactShare, .suicidesSecondaryContactShare, .costPerYear(CostCategory.total),
    .costPerYear(CostPayer.talkingTherapies), .costPerYear(CostPayer.mentalHealthTrust),
    .costPerYear(CostPayer.localAuthority), .costPerYear(CostPayer.primaryCare), .costPerRecovery, .qalyPerYear,
  ]

  public var text: String {
    let design = run.design
    var lines: [String] = []
    lines.append(
      "\(run.title): \(Plural.count(run.replications.count, "replication")) over \(run.area.name) (\(run.area.population) people), from \(design.startDate), \(NumberFormat.screen(design.horizonDays / DayCount.perYear)) years with \(NumberFormat.screen(design.warmupDays / DayCount.perYear)) of warm-up"
    )
    let headline = Set(CareScreenReport.headline.map(\.name))
    let waits = run.tables.summaries.filter {
      [.waitMean, .utilisation].contains(MetricKey($0.name).serviceMetric?.metric) && !headline.contains($0.name)
    }
    let shown = CareScreenReport.headline.compactMap { run.summary($0.name) } + waits
    let rows = shown.filter(\.mean.isFinite).map { ScreenRow($0) }
    let width = max(40, (rows.map(\.label.count).max() ?? 0) + 2)
    let header = pad("metric", width) + pad("mean", 14) + "95% interval"
    lines.append(header)
    lines.append(String(repeating: "-", count: header.count + 14))
    for row in rows {
      let target =
        run.design.targets[row.name].map { "  target \(MetricCatalogue.screenValue($0, of: row.name))" } ?? ""
      lines.append(pad(row.label, width) + pad(row.mean, 14) + row.interval + target)
    }
    let path = BedDayPath(run: run)
    if path.applies { lines += path.lines }
    let rate = run.wallSeconds > 0 ? Double(run.totalEvents) / run.wallSeconds : 0
    lines.append(
      "\(run.totalEvents) events in \(NumberFormat.screen(run.wallSeconds)) s (\(NumberFormat.screen(rate / 1e6)) million events/s); population built in \(NumberFormat.screen(run.populationSeconds)) s"
    )
    return lines.joined(separator: "\n")
  }

  func pad(_ text: String, _ width: Int) -> String {
    text.count >= width ? text + " " : text + String(repeating: " ", count: width - text.count)
  }
}
