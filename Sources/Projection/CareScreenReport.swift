import Population

/// The table `stepwell run` prints for a care scenario: the headline metrics with intervals.
public struct CareScreenReport {
  let run: CareRun

  public init(run: CareRun) { self.run = run }

  /// Metrics shown on screen, in order; the rest are in metrics.csv.
  static let headline = [
    "referrals.per_year", "treatment.entered.share", "pathway.wait_first_treatment.mean",
    "pathway.wait_first_treatment.p90", "pathway.within_6_weeks", "pathway.within_18_weeks",
    "dna.rate", "recovery.rate", "secondary.admissions.per_year", "beddays.per_year",
    "beddays.out_of_area.per_year", "service.inpatient.utilisation", "suicides.expected.per_year",
    "suicides.expected.population.per_year", "suicides.in_contact.share", "cost.total.per_year",
    "cost.per_recovery", "value.purposeful_years.per_year",
  ]

  public var text: String {
    let design = run.design
    var lines: [String] = []
    lines.append(
      "\(design.name): \(run.replications.count) replications over \(run.area.name) (\(run.area.population) people), from \(design.startDate), \(NumberFormat.screen(design.horizonDays / DayCount.perYear)) years with \(NumberFormat.screen(design.warmupDays / DayCount.perYear)) of warm-up"
    )
    let header = pad("metric", 40) + pad("mean", 12) + "95% interval"
    lines.append(header)
    lines.append(String(repeating: "-", count: header.count + 14))
    let waits = run.tables.summaries.filter {
      $0.name.hasPrefix("service.") && ($0.name.hasSuffix(".wait.mean") || $0.name.hasSuffix(".utilisation"))
    }
    for summary in CareScreenReport.headline.compactMap(run.summary) + waits {
      guard summary.mean.isFinite else { continue }
      let interval =
        summary.ciLow.map { "[\(NumberFormat.screen($0)), \(NumberFormat.screen(summary.ciHigh))]" } ?? "-"
      let target = run.design.targets[summary.name].map { "  target \(NumberFormat.screen($0))" } ?? ""
      lines.append(pad(summary.name, 40) + pad(NumberFormat.screen(summary.mean), 12) + interval + target)
    }
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
