import Presentation
import StepwellMetrics

extension CareReport {
  /// The metrics of the side-by-side table, in order: waits, people waiting, beds, suicides,
  /// cash by payer and QALYs.
  static let sideBySideMetrics: [String] =
    [
      MetricKey.waitFirstTreatmentMean.name, MetricKey.within6Weeks.name, MetricKey.pathwayWaitingCount.name,
      MetricKey.admissionsPerYear.name, MetricKey.bedDaysPerYear.name, MetricKey.bedDaysOutOfAreaPerYear.name,
      MetricKey.suicidesExpectedPopulationPerYear.name, MetricKey.costPerYear(CostCategory.total).name,
    ] + CostPayer.allCases.map { MetricKey.costPerYear($0).name } + [
      MetricKey.costDiscountedTotal.name, MetricKey.qalyPerYear.name, MetricKey.qalyDiscountedTotal.name,
    ]

  /// Yearly metrics charted for both designs.
  static let overlaidYearly: [YearMetricKey] = [
    .pathwayWaitingCount, .bedDays, .suicidesExpectedPopulation, .costTotal, .qaly,
  ]

  /// The comparison's opening section: BASE, ALT, the difference and its interval for the
  /// headline measures, the cost-effectiveness result, and charts of both designs by year.
  var comparisonHeadlineSection: String {
    guard let comparison else { return "" }
    let base = comparison.baseName
    let alt = comparison.altName
    var content = paragraph(
      "\(base) (BASE) and \(alt) (ALT) run with the same seed and replications (common random numbers); differences are ALT minus BASE with paired 95% intervals. Cash is what the NHS, general practice and the local authority pay; QALYs are health gain. Societal valuations (purposeful years, the value of a suicide prevented) are a labelled sensitivity in the comparison section and are never added to cash."
    )
    let rows = CareReport.sideBySideMetrics.compactMap { metric -> [TableCell]? in
      guard let means = comparison.means[metric] else { return nil }
      let (label, kind) = ReportLabels.metric(metric)
      let difference = comparison.rows.first { $0.metric == metric }
      return [
        .text(label), .text(ReportNumber.format(means.base, kind)), .text(ReportNumber.format(means.alt, kind)),
        .text(ReportNumber.format(difference?.diff ?? 0, kind, signed: true)),
        .text(
          difference.flatMap { row in
            row.low.map { _ in
              ReportNumber.interval(row.low, row.high, kind, signed: true).replacingOccurrences(of: "95% CI ", with: "")
            }
          } ?? "no difference in any replication"),
      ]
    }
    content += Markup.table(
      caption: "\(base) and \(alt) side by side", header: ["Measure", base, alt, "Difference", "95% interval"],
      rows: rows, numeric: [1, 2, 3, 4])
    content += costEffectivenessBlock(comparison)
    content += CareReport.overlaidYearly.compactMap { overlay($0, comparison) }.joined()
    return ReportSection.comparisonHeadline.wrap(content)
  }

  /// The ICER and net monetary benefit, with what they mean.
  func costEffectivenessBlock(_ comparison: ReportComparison) -> String {
    guard !comparison.costEffectiveness.isEmpty, let costs = run.design.costs else { return "" }
    let rows = comparison.costEffectiveness.map { row -> [TableCell] in
      let (label, kind) = ReportLabels.metric(row.metric)
      let value: String
      if !row.mean.isFinite {
        value = "undefined (no QALY difference)"
      } else if row.low == nil {
        value = ReportNumber.format(row.mean, kind, signed: true) + " (interval unbounded)"
      } else {
        value = ReportNumber.withInterval(row.mean, row.low, row.high, kind, signed: true)
      }
      return [.text(label), .text(value)]
    }
    let accrued = comparison.rows.first { $0.metric == MetricKey.qalyDiscountedTotal.name }?.diff
    let gained = comparison.costEffectiveness.first { $0.metric == MetricKey.qalyGainedDiscountedTotal.name }?.mean
    let referDifferently =
      accrued.flatMap { a in gained.map { g in abs(a - g) > 1e-6 * max(1, abs(g)) } } == true
      ? " The designs refer different people, so the QALYs of people referred in the table above count everyone each design refers; the incremental QALYs here count each person's gain over their untreated course."
      : ""
    return Markup.text("h3", [], "Cost-effectiveness")
      + paragraph(
        "Costs and QALYs over the \(yearCount) projection years, discounted at \(ReportNumber.plain(costs.discountRate * 100))% and \(ReportNumber.plain(costs.outcomeDiscountRate * 100))% a year (sensitivity: QALYs at \(ReportNumber.plain(costs.outcomeSensitivityRate * 100))%), \(costs.priceYear) prices. QALYs gained are those of the people referred less those of the natural course of their episodes (ill until remission, then well), so a person one design refers and the other does not counts as their gain over the untreated course. The ICER is the mean cost difference over the mean difference in QALYs gained, with Fieller's interval (unbounded when the QALY difference is not significant). Net monetary benefit is the threshold times the QALY difference less the cost difference: above zero, \(comparison.altName) is worth its extra cost at that threshold.\(referDifferently)"
      )
      + Markup.table(
        caption: "Cost-effectiveness of \(comparison.altName) against \(comparison.baseName)",
        header: ["Measure", "Value (95% interval)"], rows: rows, numeric: [1])
  }

  /// One yearly measure for both designs: each year's BASE and ALT means with their intervals
  /// on one scale.
  func overlay(_ key: YearMetricKey, _ comparison: ReportComparison) -> String? {
    let altYears = perYear(key)
    guard let baseYears = comparison.baseYearly[key.name], !altYears.isEmpty, !baseYears.isEmpty else { return nil }
    let (label, kind) = ReportLabels.metric(key.name)
    var items: [DotIntervalChart.Item] = []
    for (year, (b, a)) in zip(baseYears, altYears).enumerated() {
      items.append(.heading(yearLabels.indices.contains(year) ? yearLabels[year] : "Year \(year + 1)"))
      for (name, summary) in [(comparison.baseName, b), (comparison.altName, a)] {
        items.append(.row(label: name, value: PlotValue(summary), text: ReportNumber.format(summary.mean, kind)))
      }
    }
    let summary =
      "\(label) in each projection year under \(comparison.baseName) and \(comparison.altName), each with its 95% interval, on one scale."
    let chart = DotIntervalChart(
      id: "chart-both-\(key.name.replacingOccurrences(of: ".", with: "-"))", title: "\(label): both designs by year",
      summary: summary, items: items, kind: kind, levels: true)
    return figure(chart.rendered, title: chart.title, caption: summary)
  }
}
