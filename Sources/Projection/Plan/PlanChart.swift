import Presentation
import StepwellMetrics

/// `plan.svg`: with one varied key, the share of replications meeting every target at each value
/// tried (with its exact 95% interval and the confidence line), then each target's metric
/// against the value with its threshold; with two keys, the least value of the second key found
/// at each value of the first, the cheapest pair ringed.
public struct PlanChart {
  let run: PlanRun

  public init(run: PlanRun) { self.run = run }

  /// Drawing sizes (SVG user units, about pixels).
  enum Layout {
    static let width = 820.0
    static let left = 84.0
    static let right = 700.0
    static let header = 96.0
    static let height = 200.0
    static let gap = 96.0
  }

  /// One plotted value: x, the mean and its interval.
  struct Mark {
    let x: Double
    let y: Double
    let low: Double?
    let high: Double?
    let highlighted: Bool
    let note: String
  }

  /// One panel: title, y unit, marks, reference line and whether the y axis is a share.
  struct Panel {
    let title: String
    let unit: String
    let marks: [Mark]
    let reference: (value: Double, label: String)?
    let share: Bool
  }

  var panels: [Panel] {
    if run.axes.count == 2 { return [pairsPanel] }
    let answer = run.answer?.indices
    var panels = [
      Panel(
        title: "Replications meeting every target", unit: "share of replications",
        marks: run.points.map { point in
          let interval = point.successInterval
          return Mark(
            x: point.values[0], y: point.successShare, low: interval.low, high: interval.high,
            highlighted: point.indices == answer,
            note: "\(point.successes) of \(Plural.count(point.replications, "replication"))")
        }, reference: (run.confidence, "confidence \(NumberFormat.csv(run.confidence))"), share: true)
    ]
    for (position, target) in run.targets.enumerated() {
      panels.append(
        Panel(
          title: target.phrase, unit: target.definition.unit.label,
          marks: run.points.map { point in
            let summary = point.targetSummaries[position]
            return Mark(
              x: point.values[0], y: summary.mean, low: summary.ciLow, high: summary.ciHigh,
              highlighted: point.indices == answer,
              note: "\(point.targetSuccesses[position]) of \(Plural.count(point.replications, "replication")) met it")
          }, reference: (target.threshold, "target"), share: target.definition.unit == .share))
    }
    return panels
  }

  var pairsPanel: Panel {
    var least: [Double: PlanPoint] = [:]
    for point in run.points where point.meets(run.confidence) {
      if let known = least[point.values[0]], known.values[1] <= point.values[1] { continue }
      least[point.values[0]] = point
    }
    let marks = least.values.sorted { $0.values[0] < $1.values[0] }.map { point in
      Mark(
        x: point.values[0], y: point.values[1], low: nil, high: nil, highlighted: point.indices == run.answer?.indices,
        note: point.cost.map { "cash \(MetricUnit.pounds.screen($0.mean)) a year" } ?? "")
    }
    return Panel(
      title: "Least \(run.axes[1].key) meeting every target, by \(run.axes[0].key)", unit: run.axes[1].key,
      marks: marks, reference: nil, share: false)
  }

  /// The chart as a self-contained SVG document.
  public var svg: String {
    var body: [String] = []
    var top = Layout.header
    for (index, panel) in panels.enumerated() {
      body += render(panel, number: index + 1, top: top)
      top += Layout.height + Layout.gap
    }
    let height = top - 30
    let c = Coordinate.twoDecimals
    let keys = run.axes.map(\.key).joined(separator: " and ")
    let header = [
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
      "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(c(Layout.width))\" height=\"\(c(height))\" viewBox=\"0 0 \(c(Layout.width)) \(c(height))\" font-family=\"Helvetica, Arial, sans-serif\" font-size=\"12\">",
      "<title>\(XMLEscape.minimal("Plan of \(keys): \(run.name)"))</title>",
      "<desc>Each value tried by the search, with the share of replications meeting every target and its exact 95% interval, and each target's metric with its 95% t interval; the answer is ringed.</desc>",
      "<rect x=\"0\" y=\"0\" width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>",
      ChartMarkup.text("\(run.name): plan of \(keys)", x: Layout.left, y: 26, size: 16, weight: "bold"),
      ChartMarkup.text(
        "seed \(run.seed), \(Plural.count(run.points.count, "point")) tried\(run.byDate.map { ", targets by \($0)" } ?? ""); the answer is ringed",
        x: Layout.left, y: 46, size: 11, fill: "#444444"),
    ]
    return (header + body + ["</svg>"]).joined(separator: "\n") + "\n"
  }

  func render(_ panel: Panel, number: Int, top: Double) -> [String] {
    let bottom = top + Layout.height
    let xs = panel.marks.map(\.x)
    let xLow = xs.min() ?? 0
    let xHigh = max(xs.max() ?? 1, xLow + 1e-9)
    let values =
      panel.marks.flatMap { [$0.y, $0.low ?? $0.y, $0.high ?? $0.y] } + [panel.reference?.value].compactMap { $0 }
    let ticks =
      panel.share ? TickRange(low: 0, high: 1) : TickRange(low: min(0, values.min() ?? 0), high: values.max() ?? 1)
    let pad = xs.count > 1 ? 0.04 * (xHigh - xLow) : 1
    let x = { (value: Double) in
      Layout.left + (Layout.right - Layout.left) * (value - xLow + pad) / (xHigh - xLow + 2 * pad)
    }
    let y = { (value: Double) in bottom - Layout.height * (value - ticks.low) / (ticks.high - ticks.low) }
    var out = [
      "<g id=\"panel-\(number)\">",
      ChartMarkup.text(panel.title, x: Layout.left, y: top - 12, size: 13, weight: "bold"),
    ]
    for tick in ticks.values {
      out.append(ChartMarkup.line(Layout.left, y(tick), Layout.right, y(tick), stroke: "#e3e3e3"))
      let label = panel.share ? "\(Int((tick * 100).rounded()))%" : TickLabel.suffixed(tick, step: ticks.step)
      out.append(ChartMarkup.text(label, x: Layout.left - 6, y: y(tick) + 4, size: 11, anchor: "end"))
    }
    let axis = run.axes[0]
    for value in Set(xs).sorted() {
      out.append(ChartMarkup.line(x(value), bottom, x(value), bottom + 5, stroke: "#333333"))
      out.append(ChartMarkup.text(NumberFormat.csv(value), x: x(value), y: bottom + 19, size: 11, anchor: "middle"))
    }
    out.append(ChartMarkup.line(Layout.left, bottom, Layout.right, bottom, stroke: "#333333"))
    out.append(ChartMarkup.line(Layout.left, top, Layout.left, bottom, stroke: "#333333"))
    out.append(
      ChartMarkup.text(
        run.axes.count == 2 ? axis.key : run.axes[0].key, x: (Layout.left + Layout.right) / 2, y: bottom + 38,
        size: 12, anchor: "middle"))
    let c = Coordinate.twoDecimals
    out.append(
      "<text x=\"0\" y=\"0\" transform=\"translate(22 \(c(top + Layout.height / 2))) rotate(-90)\" text-anchor=\"middle\" font-size=\"12\">\(XMLEscape.minimal(panel.unit))</text>"
    )
    if let reference = panel.reference {
      out.append(
        "<line x1=\"\(c(Layout.left))\" y1=\"\(c(y(reference.value)))\" x2=\"\(c(Layout.right))\" y2=\"\(c(y(reference.value)))\" stroke=\"#b3261e\" stroke-width=\"1.5\" stroke-dasharray=\"6 4\"/>"
      )
      out.append(
        ChartMarkup.text(reference.label, x: Layout.right + 6, y: y(reference.value) + 4, size: 11, fill: "#b3261e"))
    }
    let colour = Palette.lines[0]
    for mark in panel.marks {
      if let low = mark.low, let high = mark.high {
        out.append(
          ChartMarkup.line(x(mark.x), y(max(low, ticks.low)), x(mark.x), y(min(high, ticks.high)), stroke: colour))
      }
      out.append(
        "<circle cx=\"\(c(x(mark.x)))\" cy=\"\(c(y(mark.y)))\" r=\"4\" fill=\"\(colour)\"><title>\(XMLEscape.minimal("\(NumberFormat.csv(mark.x)): \(NumberFormat.csv(mark.y)); \(mark.note)"))</title></circle>"
      )
      if mark.highlighted {
        out.append(
          "<circle cx=\"\(c(x(mark.x)))\" cy=\"\(c(y(mark.y)))\" r=\"9\" fill=\"none\" stroke=\"#1b5e20\" stroke-width=\"2\"/>"
        )
      }
    }
    out.append("</g>")
    return out
  }
}
