import Presentation
import StepwellMetrics

extension CareReport {
  /// Bed days per year, local and out of area, with their intervals.
  var bedSection: String {
    guard yearCount > 0 else { return ReportSection.beds.wrap(paragraph("The run has no whole projection year.")) }
    let local = perYear(.bedDays)
    let away = perYear(.bedDaysOutOfArea)
    let summary =
      "Occupied bed days per projection year, local and out of area, with 95% intervals. A year on average: \(ReportNumber.format(value(.bedDaysPerYear)?.mean, .count)) local and \(ReportNumber.format(value(.bedDaysOutOfAreaPerYear)?.mean, .count)) out of area."
    let chart = ColumnChart(
      id: "chart-beds", title: "Bed days per year, local and out of area", summary: summary, groups: yearLabels,
      series: [
        ("Local", Palette.primary, yearValues(local)), ("Out of area", Palette.alert, yearValues(away)),
      ], width: 860, height: 280)
    let utilisation = value(.service("inpatient", .utilisation)).map {
      " Local beds are \(ReportNumber.format($0.mean, .share)) occupied on average; people are placed out of area when every local bed is full."
    }
    let content =
      paragraph("Mental-health inpatient bed days used by people in the model each year.\(utilisation ?? "")")
      + figure(chart.rendered, title: chart.title, caption: summary)
    return ReportSection.beds.wrap(content)
  }

  /// Recovery rate per year with the target line when the design sets one.
  var recoverySection: String {
    guard yearCount > 0 else { return ReportSection.recovery.wrap(paragraph("The run has no whole projection year.")) }
    let target = run.design.targets[MetricKey.recoveryRate.name]
    let overall = value(.recoveryRate)
    let targetText =
      target.map { " The dashed green line is the \(ReportNumber.format($0, .share)) target." }
      ?? " This design sets no recovery target."
    let summary =
      "Recovery rate per projection year (recovered / finished a course of two or more treatment sessions), with 95% intervals; overall \(ReportNumber.format(overall?.mean, .share)).\(targetText)"
    let chart = ColumnChart(
      id: "chart-recovery", title: "Recovery rate per year", summary: summary, groups: yearLabels,
      series: [("Recovery rate", Palette.primary, yearValues(perYear(.recoveryRate)))], kind: .share,
      reference: target.map { ($0, "target \(ReportNumber.format($0, .share))") }, width: 860, height: 260)
    let content =
      paragraph(
        "The share of people finishing a course of two or more treatment sessions who recover (the NHS Talking Therapies definition)."
      ) + figure(chart.rendered, title: chart.title, caption: summary)
    return ReportSection.recovery.wrap(content)
  }

  /// One plot value per projection year.
  func yearValues(_ summaries: [MetricSummary]) -> [PlotValue?] {
    (0..<yearCount).map { summaries.element($0).map(PlotValue.init) }
  }

  /// The key yearly metrics in one table, a column per year.
  var byYearSection: String {
    let keys: [YearMetricKey] = [
      .referrals, .firstSessions, .waitFirstTreatmentMean, .within18Weeks, .recoveryRate, .recoveries, .admissions,
      .bedDays, .bedDaysOutOfArea, .crises, .suicidesExpected, .costTotal, .qaly,
    ]
    let rows = keys.filter { yearly[$0.name] != nil }.map { key -> [TableCell] in
      let label = ReportLabels.metric(key.name)
      return [.text(label.label)]
        + (0..<yearCount).map { TableCell.summary(perYear(key).element($0).map(PlotValue.init), label.kind) }
    }
    let content =
      paragraph(
        "Each projection year's mean over replications, with its 95% interval below it. Costs are undiscounted.")
      + Markup.table(caption: nil, header: ["Measure"] + yearLabels, rows: rows, numeric: Set(1...max(1, yearCount)))
    return ReportSection.byYear.wrap(content)
  }
}
