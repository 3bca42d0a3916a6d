import Presentation

extension SweepChart {
  /// Drawing sizes (SVG user units, about pixels).
  enum Layout {
    static let width = 820.0
    static let plotLeft = 84.0
    static let plotRight = 560.0
    static let legendLeft = 580.0
    static let header = 96.0
    static let plotHeight = 220.0
    static let panelGap = 96.0
  }

  /// The chart as a self-contained SVG document (no scripts, fonts or images fetched).
  public var svg: String {
    let panels = self.panels
    var body: [String] = []
    var top = Layout.header
    for (index, panel) in panels.enumerated() {
      let height = max(Layout.plotHeight, 18 * Double(panel.lines.count) + 12)
      body += render(panel, number: index + 1, top: top, plotHeight: height)
      top += height + Layout.panelGap
    }
    let zero = waitMetrics.zero
    if !zero.isEmpty {
      body.append(
        text(
          "Not drawn (zero at every point): \(zero.map(label).joined(separator: ", "))", x: Layout.plotLeft,
          y: top - 40, size: 11)
      )
      top += 6
    }
    let height = top - 30
    let replications = Set(run.results.map(\.replications)).sorted().map(String.init).joined(separator: "-")
    let header = [
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
      "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(Coordinate.twoDecimals(Layout.width))\" height=\"\(Coordinate.twoDecimals(height))\" viewBox=\"0 0 \(Coordinate.twoDecimals(Layout.width)) \(Coordinate.twoDecimals(height))\" font-family=\"Helvetica, Arial, sans-serif\" font-size=\"12\">",
      "<title>\(XMLEscape.minimal("Sweep of \(run.grid.axes.map(\.key).joined(separator: " and ")): \(run.name)"))</title>",
      "<desc>Means over replications against the swept value, with shaded 95% t intervals (clipped at zero, below which waits and costs cannot go; every value axis starts at zero); every point uses the same seed (common random numbers).</desc>",
      "<rect x=\"0\" y=\"0\" width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>",
      text(
        "\(run.name): sweep of \(run.grid.axes.map(\.key).joined(separator: " by "))", x: Layout.plotLeft, y: 26,
        size: 16,
        weight: "bold"),
      text(
        "seed \(run.seed), \(replications) \(replications == "1" ? "replication" : "replications") per point, \(Plural.count(run.results.count, "point")); lines are means, bands 95% intervals",
        x: Layout.plotLeft, y: 46, size: 11, fill: "#444444"),
    ]
    return (header + body + ["</svg>"]).joined(separator: "\n") + "\n"
  }

  func render(_ panel: Panel, number: Int, top: Double, plotHeight: Double) -> [String] {
    let bottom = top + plotHeight
    let axis = run.grid.axes[0]
    let xLow = axis.values.first ?? 0
    let xHigh = axis.values.last ?? 1
    let all = panel.lines.flatMap(\.points)
    let highs = all.map { $0.high ?? $0.mean }
    let floor = 0.0
    let ticks = TickRange(low: floor, high: max(highs.max() ?? 1, floor))
    let x = { (value: Double) in
      Layout.plotLeft + (Layout.plotRight - Layout.plotLeft) * (value - xLow) / max(xHigh - xLow, 1e-12)
    }
    let y = { (value: Double) in bottom - plotHeight * (value - ticks.low) / (ticks.high - ticks.low) }
    var out = ["<g id=\"panel-\(number)\">"]
    out.append(text(panel.title, x: Layout.plotLeft, y: top - 12, size: 13, weight: "bold"))
    for tick in ticks.values {
      out.append(line(Layout.plotLeft, y(tick), Layout.plotRight, y(tick), stroke: "#e3e3e3"))
      out.append(
        text(
          (panel.unit == "£" ? "£" : "") + TickLabel.suffixed(tick, step: ticks.step), x: Layout.plotLeft - 6,
          y: y(tick) + 4, size: 11, anchor: "end"))
    }
    let xTicks =
      axis.values.count <= 11
      ? axis.values : TickRange(low: xLow, high: xHigh).values.filter { $0 >= xLow && $0 <= xHigh }
    for tick in xTicks {
      out.append(line(x(tick), bottom, x(tick), bottom + 5, stroke: "#333333"))
      out.append(text(axis.text(tick), x: x(tick), y: bottom + 19, size: 11, anchor: "middle"))
    }
    out.append(line(Layout.plotLeft, bottom, Layout.plotRight, bottom, stroke: "#333333"))
    out.append(line(Layout.plotLeft, top, Layout.plotLeft, bottom, stroke: "#333333"))
    out.append(
      text(
        SweepKeyLabel.text(axis.key, timeUnit: run.timeUnit), x: (Layout.plotLeft + Layout.plotRight) / 2,
        y: bottom + 38, size: 12, anchor: "middle"))
    let unitY = Coordinate.twoDecimals(top + plotHeight / 2)
    out.append(
      "<text x=\"0\" y=\"0\" transform=\"translate(22 \(unitY)) rotate(-90)\" text-anchor=\"middle\" font-size=\"12\">\(XMLEscape.minimal(panel.unit))</text>"
    )
    for (index, series) in panel.lines.enumerated() {
      out += draw(series, index: index, x: x, y: { y(max($0, floor)) })
      out += legend(series.label, index: index, top: top)
    }
    out.append("</g>")
    return out
  }

  func draw(_ series: Line, index: Int, x: (Double) -> Double, y: (Double) -> Double) -> [String] {
    let colour = Palette.lines[index % Palette.lines.count]
    let dash = index >= Palette.lines.count ? " stroke-dasharray=\"6 3\"" : ""
    var out: [String] = []
    let bands = series.points.compactMap { point in point.low.flatMap { low in point.high.map { (point.x, low, $0) } } }
    if bands.count == series.points.count, bands.count > 1 {
      let upper = bands.map { "\(Coordinate.twoDecimals(x($0.0))),\(Coordinate.twoDecimals(y($0.2)))" }
      let lower = bands.reversed().map { "\(Coordinate.twoDecimals(x($0.0))),\(Coordinate.twoDecimals(y($0.1)))" }
      out.append(
        "<polygon points=\"\((upper + lower).joined(separator: " "))\" fill=\"\(colour)\" fill-opacity=\"0.15\" stroke=\"none\"/>"
      )
    }
    let path = series.points.map { "\(Coordinate.twoDecimals(x($0.x))),\(Coordinate.twoDecimals(y($0.mean)))" }
    out.append(
      "<polyline points=\"\(path.joined(separator: " "))\" fill=\"none\" stroke=\"\(colour)\" stroke-width=\"2\"\(dash)/>"
    )
    for point in series.points {
      out.append(
        "<circle cx=\"\(Coordinate.twoDecimals(x(point.x)))\" cy=\"\(Coordinate.twoDecimals(y(point.mean)))\" r=\"3\" fill=\"\(colour)\"><title>\(XMLEscape.minimal(series.label)): \(NumberFormat.csv(point.mean))</title></circle>"
      )
    }
    return out
  }

  func legend(_ label: String, index: Int, top: Double) -> [String] {
    let colour = Palette.lines[index % Palette.lines.count]
    let rowY = top + 8 + 18 * Double(index)
    return [
      line(Layout.legendLeft, rowY, Layout.legendLeft + 18, rowY, stroke: colour, width: 3),
      text(label, x: Layout.legendLeft + 24, y: rowY + 4, size: 11),
    ]
  }

  func line(_ x1: Double, _ y1: Double, _ x2: Double, _ y2: Double, stroke: String, width: Double = 1) -> String {
    ChartMarkup.line(x1, y1, x2, y2, stroke: stroke, width: width)
  }

  func text(
    _ content: String, x: Double, y: Double, size: Double, anchor: String = "start", weight: String = "normal",
    fill: String = "#222222"
  ) -> String {
    ChartMarkup.text(content, x: x, y: y, size: size, anchor: anchor, weight: weight, fill: fill)
  }
}
