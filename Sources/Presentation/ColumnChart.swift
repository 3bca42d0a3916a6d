/// Grouped vertical columns (groups along the axis, one column per series in each) with 95%
/// interval whiskers and an optional horizontal reference line: bed days and recovery per year.
public struct ColumnChart {
  /// Document-unique id, title and a plain-language summary for screen readers (`SVGCanvas`).
  public var id: String
  public var title: String
  public var summary: String
  /// Group labels along the axis (e.g. years).
  public var groups: [String]
  /// Series: name, fill colour and one value per group (nil where absent).
  public var series: [(name: String, colour: String, values: [PlotValue?])]
  /// What the values measure, which decides how ticks and values are written.
  public var kind: ReportNumber.Kind = .count
  /// A horizontal reference line (e.g. a target) and its legend label.
  public var reference: (value: Double, label: String)?
  /// The drawing's width and height in SVG user units (pixels at 100%).
  public var width: Double = 430
  public var height: Double = 260

  /// A chart with every setting given; the defaults are those above.
  public init(
    id: String, title: String, summary: String, groups: [String],
    series: [(name: String, colour: String, values: [PlotValue?])], kind: ReportNumber.Kind = .count,
    reference: (value: Double, label: String)? = nil, width: Double = 430, height: Double = 260
  ) {
    self.id = id
    self.title = title
    self.summary = summary
    self.groups = groups
    self.series = series
    self.kind = kind
    self.reference = reference
    self.width = width
    self.height = height
  }

  /// The chart as an inline `<svg>` element.
  public var rendered: String {
    var canvas = SVGCanvas(id: id, width: width, height: height, title: title, summary: summary)
    let left = 62.0
    let right = width - 12
    let top = 34.0
    let bottom = height - 28
    let highs = series.flatMap { $0.values.compactMap { $0?.extent.high } } + [reference?.value ?? 0]
    let scale = LinearScale(
      low: 0, high: highs.max() ?? 1, pixels: (bottom, top), tickCount: 5, integerSteps: kind == .count)
    var legend: [(label: String, swatch: SVGCanvas.Swatch)] = series.map { ($0.name, .fill($0.colour)) }
    legend.append(("95% interval", .line("whisker")))
    if let reference { legend.append((reference.label, .line("target"))) }
    canvas.legend(legend, x: left, y: 14)
    canvas.valueGridHorizontal(scale, left: left, right: right, kind: kind)
    let slot = (right - left) / Double(max(1, groups.count))
    let barWidth = min(34, slot * 0.7 / Double(max(1, series.count)))
    for (groupIndex, group) in groups.enumerated() {
      let centre = left + slot * (Double(groupIndex) + 0.5)
      let start = centre - barWidth * Double(series.count) / 2
      for (seriesIndex, item) in series.enumerated() {
        guard groupIndex < item.values.count, let value = item.values[groupIndex], value.mean.isFinite else { continue }
        let x = start + barWidth * Double(seriesIndex)
        let y = scale.clampedPosition(value.mean)
        canvas.rect(x: x + 1, y: y, width: barWidth - 2, height: bottom - y, className: "stack", fill: item.colour)
        if let bounds = value.bounds {
          canvas.verticalWhisker(
            x: x + barWidth / 2, from: scale.clampedPosition(bounds.low), to: scale.clampedPosition(bounds.high),
            cap: 3)
        }
      }
      canvas.text(group, x: centre, y: bottom + 17, anchor: "middle", className: "tick")
    }
    if let reference {
      let y = scale.clampedPosition(reference.value)
      canvas.line(x1: left, y1: y, x2: right, y2: y, className: "target")
    }
    canvas.line(x1: left, y1: bottom, x2: right, y2: bottom, className: "axis")
    return canvas.rendered
  }
}
