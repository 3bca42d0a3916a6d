import Presentation
import StepwellMetrics

extension CareReport {
  /// Waits and recovery by IMD quintile, ethnicity, age band and sex: dot-and-interval charts
  /// against the whole service's figure.
  var breakdownSection: String {
    let rows = run.breakdownSummaries
    guard !rows.isEmpty else { return ReportSection.breakdowns.wrap(paragraph("This run has no breakdown by group.")) }
    var content = paragraph(
      "Do some groups wait longer or recover less often? Each dot is a group's mean with its 95% interval; the dashed line is the figure for everyone. Labels give each group's referrals a year: small groups have wide intervals."
    )
    content += mechanismParagraphs
    let charts = [
      (
        MetricKey.waitFirstTreatmentMean, "chart-breakdown-wait", "Mean wait to first treatment by group",
        ReportNumber.Kind.days
      ),
      (MetricKey.recoveryRate, "chart-breakdown-recovery", "Recovery rate by group", .share),
    ]
    for (metric, id, title, kind) in charts where rows.contains(where: { $0.metric == metric.name }) {
      content += breakdownFigure(metric: metric, id: id, title: title, kind: kind, rows: rows)
    }
    return ReportSection.breakdowns.wrap(content)
  }

  /// Which differences are mechanisms and which are noise: one sentence per dimension, from the
  /// design's inputs (`BreakdownMechanisms`).
  var mechanismParagraphs: String {
    let mechanisms = BreakdownMechanisms(design: run.design.design, area: run.area)
    var text = paragraph(
      "No input makes a wait depend on a person's group directly: differences in waits between groups come from the mix of need (severity decides the step) or are noise."
    )
    let nouns = [
      ("imd_quintile", "IMD quintile"), ("ethnicity", "ethnic group"), ("age_band", "age band"), ("sex", "sex"),
    ]
    for (dimension, noun) in nouns {
      text += paragraph(
        "\(ReportLabels.dimension(dimension)): " + mechanisms.sentence(for: dimension, noun: noun),
        className: "mechanism")
    }
    return text
  }

  /// One metric's chart over every dimension.
  func breakdownFigure(
    metric: MetricKey, id: String, title: String, kind: ReportNumber.Kind,
    rows: [(dimension: String, group: String, metric: String, summary: MetricSummary)]
  ) -> String {
    var items: [DotIntervalChart.Item] = []
    var dimensions: [String] = []
    for row in rows where !dimensions.contains(row.dimension) { dimensions.append(row.dimension) }
    var extremes: [(label: String, mean: Double)] = []
    for dimension in dimensions {
      items.append(.heading(ReportLabels.dimension(dimension)))
      for row in rows where row.dimension == dimension && row.metric == metric.name {
        let referrals = rows.first {
          $0.dimension == dimension && $0.group == row.group && $0.metric == MetricKey.referralsPerYear.name
        }
        let size = referrals.map { " (\(ReportNumber.format($0.summary.mean, .count))/yr)" } ?? ""
        let label = ReportLabels.group(row.group, dimension: dimension)
        items.append(
          .row(
            label: label + size, value: PlotValue(row.summary),
            text: ReportNumber.withInterval(row.summary.mean, row.summary.ciLow, row.summary.ciHigh, kind)
              .replacingOccurrences(
                of: "95% CI ", with: "")))
        if row.summary.mean.isFinite { extremes.append((label, row.summary.mean)) }
      }
    }
    let overall = value(metric)
    let lowest = extremes.min { $0.mean < $1.mean }
    let highest = extremes.max { $0.mean < $1.mean }
    let range =
      lowest.flatMap { low in
        highest.map { high in
          " Group means run from \(ReportNumber.format(low.mean, kind)) (\(low.label)) to \(ReportNumber.format(high.mean, kind)) (\(high.label))."
        }
      } ?? ""
    let summary =
      "\(title), with 95% intervals, against everyone's \(ReportNumber.format(overall?.mean, kind)).\(range)"
    let chart = DotIntervalChart(
      id: id, title: title, summary: summary, items: items, kind: kind,
      reference: overall.map { ($0.mean, "everyone") }, levels: true)
    return figure(chart.rendered, title: chart.title, caption: summary)
  }
}
