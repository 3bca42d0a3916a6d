import Presentation
import StepwellMetrics

extension CareReport {
  /// The comparison: forest plots of ALT − BASE for the key metrics (one per unit), a table of
  /// every difference, and the societal sensitivity.
  var comparisonSection: String {
    guard let comparison else { return "" }
    let base = comparison.baseName
    let alt = comparison.altName
    var content = paragraph(
      "Differences are \(alt) minus \(base) over paired replications run with the same seed (common random numbers), with 95% intervals. A filled dot marks an interval that excludes zero."
    )
    let rows = comparison.rows.filter { $0.diff.isFinite }
    if !rows.isEmpty {
      content += forestPlots(rows, comparison)
      content += Markup.table(
        caption: "Paired differences (\(alt) \u{2212} \(base))",
        header: ["Metric", "Difference", "95% interval", "Interval excludes zero"],
        rows: rows.map(differenceRow), numeric: [1, 2])
    }
    if !comparison.netImpact.isEmpty { content += netImpactBlock(comparison) }
    if !comparison.levers.isEmpty { content += leverTable(comparison) }
    return ReportSection.comparison.wrap(content)
  }

  /// One forest plot per unit (days, shares, people, bed days, deaths, pounds, QALYs...), each
  /// on one shared scale centred on no difference.
  func forestPlots(
    _ rows: [(metric: String, diff: Double, low: Double?, high: Double?)], _ comparison: ReportComparison
  ) -> String {
    var units: [String] = []
    var byUnit: [String: [(metric: String, diff: Double, low: Double?, high: Double?)]] = [:]
    for row in rows {
      let unit = (MetricCatalogue.definition(of: row.metric)?.unit.label) ?? "other"
      if byUnit[unit] == nil { units.append(unit) }
      byUnit[unit, default: []].append(row)
    }
    return units.map { unit in
      let group = byUnit[unit] ?? []
      let kind = ReportLabels.metric(group[0].metric).kind
      let items = group.map { row -> DotIntervalChart.Item in
        .row(
          label: ReportLabels.metric(row.metric).label, value: PlotValue(mean: row.diff, low: row.low, high: row.high),
          text: ReportNumber.format(row.diff, kind, signed: true))
      }
      let significant = group.filter { row in
        guard let low = row.low, let high = row.high else { return false }
        return low > 0 || high < 0
      }
      let summary =
        "Forest plot of \(comparison.altName) minus \(comparison.baseName) for \(group.count) \(group.count == 1 ? "metric" : "metrics") in \(unit), on one scale centred on no difference. \(significant.count) of them have intervals that exclude zero."
      let chart = DotIntervalChart(
        id: "chart-forest-\(unit.replacingOccurrences(of: " ", with: "-"))",
        title: "Differences \(comparison.altName) \u{2212} \(comparison.baseName), \(unit)", summary: summary,
        items: items, kind: kind, reference: (0, "no difference"),
        directions: ("lower in \(comparison.altName)", "higher in \(comparison.altName)"))
      return figure(chart.rendered, title: chart.title, caption: summary)
    }.joined()
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
      "Societal sensitivity of \(comparison.altName) against \(comparison.baseName): the cash difference minus the value of suicides prevented minus the difference in the value of purposeful years (the seed's unsourced £30,000, grade C). Valuations, not cash; negative favours \(comparison.altName). \(last)"
    let chart = DotIntervalChart(
      id: "chart-net-impact",
      title: "Societal sensitivity (\(comparison.altName) \u{2212} \(comparison.baseName))",
      summary: summary,
      items: items, kind: .pounds, reference: (0, "break-even"), directions: ("favours ALT", "favours BASE"))
    let rows = comparison.netImpact.map { line -> [TableCell] in
      [.text(line.label), .summary(PlotValue(mean: line.mean, low: line.low, high: line.high), .pounds, signed: true)]
    }
    return Markup.text("h3", [], "Societal sensitivity (valuations, not cash)")
      + paragraph(
        "A labelled sensitivity, never part of the headline: the cash difference, less the value of suicides prevented, less the difference in the value of purposeful (recovered) years. Both valuations are societal, uplifted with the GDP deflator; the purposeful-year value has no source (grade C). Negative favours \(comparison.altName)."
      ) + figure(chart.rendered, title: chart.title, caption: summary)
      + Markup.table(caption: nil, header: ["Period", "Societal net (£)"], rows: rows, numeric: [1])
  }
}
