import Presentation

extension CareReport {
  /// The comparison: a forest plot of ALT − BASE for the key metrics, a table of every
  /// difference, and the net impact.
  var comparisonSection: String {
    guard let comparison else { return "" }
    let base = comparison.baseName
    let alt = comparison.altName
    var content = paragraph(
      "Differences are \(alt) minus \(base) over paired replications run with the same seed (common random numbers), with 95% intervals. A filled dot marks an interval that excludes zero."
    )
    let rows = comparison.rows.filter { $0.diff.isFinite }
    if !rows.isEmpty {
      let items = rows.map { row -> DotIntervalChart.Item in
        let kind = ReportLabels.metric(row.metric).kind
        return .row(
          label: ReportLabels.metric(row.metric).label, value: PlotValue(mean: row.diff, low: row.low, high: row.high),
          text: ReportNumber.format(row.diff, kind, signed: true))
      }
      let significant = rows.filter { row in
        guard let low = row.low, let high = row.high else { return false }
        return low > 0 || high < 0
      }
      let summary =
        "Forest plot of \(alt) minus \(base) for \(rows.count) metrics, each on its own scale centred on no difference. \(significant.count) of them have intervals that exclude zero."
      let chart = DotIntervalChart(
        id: "chart-forest", title: "Differences \(alt) \u{2212} \(base)", summary: summary, items: items,
        reference: (0, "no difference"), perRowScale: true, directions: ("lower in \(alt)", "higher in \(alt)"))
      content += figure(
        chart.rendered, title: chart.title,
        caption: summary + " The numbers on the right give each difference in its own unit (pp: percentage points).")
      content += Markup.table(
        caption: "Paired differences (\(alt) \u{2212} \(base))",
        header: ["Metric", "Difference", "95% interval", "Interval excludes zero"],
        rows: rows.map(differenceRow), numeric: [1, 2])
    }
    if !comparison.netImpact.isEmpty { content += netImpactBlock(comparison) }
    if !comparison.levers.isEmpty { content += leverTable(comparison) }
    return ReportSection.comparison.wrap(content)
  }

  /// Which levers carry the difference (`compare --decompose`): each lever's share alone and
  /// cumulatively, with its evidence grade.
  func leverTable(_ comparison: ReportComparison) -> String {
    let metrics = comparison.levers.first?.shares.map(\.metric) ?? []
    let rows = comparison.levers.map { lever -> [TableCell] in
      [.text(lever.lever), .text(lever.grade)]
        + lever.shares.map {
          .text(
            "\(Decomposition.percent($0.alone, missing: "\u{2013}")) / \(Decomposition.percent($0.cumulative, missing: "\u{2013}"))"
          )
        }
    }
    return paragraph(
      "Which levers carry the difference: each block of the scenario by which \(comparison.altName) differs from \(comparison.baseName), switched to \(comparison.altName)'s value alone and then cumulatively in the file's order (common random numbers). Shares are of the whole difference; the cumulative shares add up to 100%, the shares alone do not when levers interact. The grade is the weakest evidence written beside the lever's keys (A best, D an assumption)."
    )
      + Markup.table(
        caption: "Share of the difference carried by each lever (alone / cumulative)",
        header: ["Lever", "Grade"] + metrics.map { ReportLabels.metric($0).label }, rows: rows,
        numeric: Set(2..<(2 + metrics.count)))
  }

  /// One difference's table row.
  func differenceRow(_ row: (metric: String, diff: Double, low: Double?, high: Double?)) -> [TableCell] {
    let kind = ReportLabels.metric(row.metric).kind
    let excludes = row.low.flatMap { low in row.high.map { high in low > 0 || high < 0 } }
    return [
      .text(ReportLabels.metric(row.metric).label), .text(ReportNumber.format(row.diff, kind, signed: true)),
      .text(
        row.low == nil
          ? "none"
          : ReportNumber.interval(row.low, row.high, kind, signed: true).replacingOccurrences(of: "95% CI ", with: "")),
      .text(excludes.map { $0 ? "yes" : "no" } ?? "\u{2013}"),
    ]
  }

  /// The net impact chart and table (pounds; negative is a saving).
  func netImpactBlock(_ comparison: ReportComparison) -> String {
    let items = comparison.netImpact.map { line -> DotIntervalChart.Item in
      .row(
        label: line.label, value: PlotValue(mean: line.mean, low: line.low, high: line.high),
        text: ReportNumber.format(line.mean, .pounds, signed: true))
    }
    let last =
      comparison.netImpact.last.map {
        "\($0.label): \(ReportNumber.withInterval($0.mean, $0.low, $0.high, .pounds, signed: true))."
      } ?? ""
    let summary =
      "Net impact of \(comparison.altName) against \(comparison.baseName): difference in service cost (bed days included) minus the value of suicides prevented minus the difference in the value of purposeful years. Negative is a saving. \(last)"
    let chart = DotIntervalChart(
      id: "chart-net-impact", title: "Net impact (\(comparison.altName) \u{2212} \(comparison.baseName))",
      summary: summary,
      items: items, kind: .pounds, reference: (0, "break-even"), directions: ("saving", "extra cost"))
    let rows = comparison.netImpact.map { line -> [TableCell] in
      [.text(line.label), .summary(PlotValue(mean: line.mean, low: line.low, high: line.high), .pounds, signed: true)]
    }
    return Markup.text("h3", [], "Net impact")
      + paragraph(
        "Service cost difference, less the value of suicides prevented, less the difference in the value of purposeful (recovered) years; negative is a saving."
      ) + figure(chart.rendered, title: chart.title, caption: summary)
      + Markup.table(caption: nil, header: ["Period", "Net impact (£)"], rows: rows, numeric: [1])
  }
}
