import Presentation

/// The report's charts of a paired PSA: the cost-effectiveness plane, the acceptability curve
/// and the tornado of net monetary benefit. Drawn with the report's SVG canvas and style sheet.
struct PSACharts {
  let run: PSARun
  let ce: PSACostEffectiveness

  /// The plane: one dot per draw, incremental QALYs across and incremental cost up, with the
  /// £20,000 and £30,000 per QALY lines through the origin.
  var plane: String {
    let (left, right, top, bottom) = (96.0, 620.0, 24.0, 330.0)
    let x = LinearScale(
      low: ce.incrementalQALY.min() ?? 0, high: ce.incrementalQALY.max() ?? 1, pixels: (left, right))
    let y = LinearScale(
      low: ce.incrementalCost.min() ?? 0, high: ce.incrementalCost.max() ?? 1, pixels: (bottom, top))
    var canvas = SVGCanvas(
      id: "ce-plane", width: 660, height: 380, title: "Cost-effectiveness plane",
      summary:
        "Each dot is one draw of the inputs: \(run.names[1])'s discounted QALYs gained and discounted cost against \(run.names[0])'s. Mean \(ReportNumber.format(ce.meanQALY, .count, signed: true)) QALYs and \(ReportNumber.format(ce.meanCost, .pounds, signed: true)). Dashed lines: £20,000 and £30,000 per QALY."
    )
    canvas.valueGridHorizontal(y, left: left, right: right, kind: .pounds)
    canvas.valueGridVertical(x, top: top, bottom: bottom, kind: .count)
    for threshold in [20_000.0, 30_000.0] {
      let points = [x.domain.lowerBound, x.domain.upperBound].map { q in
        (x: x.position(q), y: y.clampedPosition(threshold * q))
      }
      canvas.path(points, className: "reference")
      let end = x.domain.upperBound
      canvas.text(
        "£\(Int(threshold / 1000))k per QALY", x: x.position(end) - 4, y: y.clampedPosition(threshold * end) - 6,
        anchor: "end", className: "note")
    }
    for (q, c) in zip(ce.incrementalQALY, ce.incrementalCost) {
      canvas.circle(x: x.position(q), y: y.position(c), radius: 3, className: "dot open")
    }
    canvas.circle(x: x.position(ce.meanQALY), y: y.position(ce.meanCost), radius: 5, className: "dot")
    canvas.text("QALYs gained, discounted (ALT minus BASE)", x: (left + right) / 2, y: bottom + 36, anchor: "middle")
    canvas.text("Cost, discounted, £ (ALT minus BASE)", x: 18, y: (top + bottom) / 2, anchor: "middle", rotate: true)
    return canvas.rendered
  }

  /// The acceptability curve: the share of draws in which ALT is cost-effective, £0 to £50,000
  /// per QALY.
  var acceptability: String {
    let (left, right, top, bottom) = (72.0, 620.0, 24.0, 280.0)
    let x = LinearScale(low: 0, high: 50_000, pixels: (left, right))
    let y = LinearScale(exactDomain: 0...1, pixels: (bottom, top))
    let at20 = ce.probabilityCostEffective(at: 20_000)
    var canvas = SVGCanvas(
      id: "ceac", width: 660, height: 330, title: "Cost-effectiveness acceptability curve",
      summary:
        "The share of the \(Plural.count(ce.incrementalCost.count, "draw")) in which \(run.names[1]) is cost-effective against \(run.names[0]) at each threshold: \(ReportNumber.format(at20, .share)) at £20,000 per QALY."
    )
    canvas.valueGridHorizontal(y, left: left, right: right, kind: .share)
    canvas.valueGridVertical(x, top: top, bottom: bottom, kind: .pounds)
    canvas.path(
      ce.thresholds.map { (x: x.position($0), y: y.position(ce.probabilityCostEffective(at: $0))) },
      className: "series")
    canvas.line(x1: x.position(20_000), y1: top, x2: x.position(20_000), y2: bottom, className: "reference")
    canvas.text("£ per QALY (the threshold)", x: (left + right) / 2, y: bottom + 36, anchor: "middle")
    canvas.text("Probability ALT is cost-effective", x: 16, y: (top + bottom) / 2, anchor: "middle", rotate: true)
    return canvas.rendered
  }

  /// The tornado: the fifteen inputs that move net monetary benefit at £20,000 per QALY most.
  var tornado: String? {
    guard let tornado = run.tornado, !tornado.bars.isEmpty else { return nil }
    let bars = Array(tornado.bars.prefix(15))
    let (left, right, top) = (300.0, 640.0, 30.0)
    let rowHeight = 22.0
    let bottom = top + rowHeight * Double(bars.count)
    let values = bars.flatMap { [$0.netBenefitAtLow, $0.netBenefitAtHigh] } + [tornado.meanNetBenefit]
    let x = LinearScale(low: values.min() ?? 0, high: values.max() ?? 1, pixels: (left, right))
    var canvas = SVGCanvas(
      id: "tornado", width: 680, height: bottom + 50, title: "Inputs that move net monetary benefit most",
      summary:
        "Incremental net monetary benefit of \(run.names[1]) at £20,000 per QALY as each input moves across its central 95% of draws, others at their means (linear metamodel over the draws). The widest: \(bars[0].key)."
    )
    canvas.valueGridVertical(x, top: top - 6, bottom: bottom, kind: .pounds)
    for (row, bar) in bars.enumerated() {
      let yMid = top + rowHeight * (Double(row) + 0.5)
      let (a, b) = (x.position(bar.netBenefitAtLow), x.position(bar.netBenefitAtHigh))
      canvas.rect(
        x: min(a, b), y: yMid - 7, width: max(1, abs(b - a)), height: 14, className: "bar",
        fill: bar.clear ? nil : "#AEB7BD")
      canvas.text(bar.key, x: left - 8, y: yMid + 4, anchor: "end", className: "label")
    }
    let mean = x.position(tornado.meanNetBenefit)
    canvas.line(x1: mean, y1: top - 6, x2: mean, y2: bottom, className: "marker")
    canvas.text(
      "Net monetary benefit, £ (grey: no clear association over the draws)", x: (left + right) / 2, y: bottom + 36,
      anchor: "middle")
    return canvas.rendered
  }
}
