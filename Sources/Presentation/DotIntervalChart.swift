/// Rows of a point and its 95% interval, optionally under group headings, against a vertical
/// reference line: the breakdowns by group and the comparison's forest plot.
///
/// With `perRowScale` every row has its own symmetric scale centred on the reference (a forest plot
/// of metrics in different units); otherwise all rows share one axis with ticks, which starts at
/// zero (it covers zero, the reference and every interval). With `levels` the values are levels,
/// not differences: intervals are cut at their natural limits (0, and 100% for shares) as the
/// report's text cuts them.
public struct DotIntervalChart {
  /// A heading over the rows that follow, or one row.
  public enum Item {
    case heading(String)
    case row(label: String, value: PlotValue, text: String)
  }

  /// Document-unique id, title and a plain-language summary for screen readers (`SVGCanvas`).
  public var id: String
  public var title: String
  public var summary: String
  public var items: [Item]
  /// What the values measure, which decides how ticks and values are written.
  public var kind: ReportNumber.Kind = .count
  /// The vertical reference line's value and legend label (e.g. 0, "no difference").
  public var reference: (value: Double, label: String)?
  public var perRowScale: Bool = false
  /// Axis captions under the plot, low side and high side (forest plots).
  public var directions: (low: String, high: String)?
  /// True when the rows are levels (a wait, a rate), whose intervals stop at 0 (and at 1 for
  /// shares); false for differences.
  public var levels: Bool = false
  /// The drawing's width in SVG user units (pixels at 100%).
  public var width: Double = 860

  /// A chart with every setting given; the defaults are those above.
  public init(
    id: String, title: String, summary: String, items: [Item], kind: ReportNumber.Kind = .count,
    reference: (value: Double, label: String)? = nil, perRowScale: Bool = false,
    directions: (low: String, high: String)? = nil, levels: Bool = false, width: Double = 860
  ) {
    self.id = id
    self.title = title
    self.summary = summary
    self.items = items
    self.kind = kind
    self.reference = reference
    self.perRowScale = perRowScale
    self.directions = directions
    self.levels = levels
    self.width = width
  }

  /// The chart as an inline `<svg>` element.
  public var rendered: String {
    let rowHeight = 24.0
    let top = 30.0
    let left = 230.0
    let right = width - 200
    let bottom = top + rowHeight * Double(items.count)
    let height = bottom + (perRowScale ? 30 : 26) + (directions == nil || perRowScale ? 0 : 18)
    var canvas = SVGCanvas(id: id, width: width, height: height, title: title, summary: summary)
    var legend: [(label: String, swatch: SVGCanvas.Swatch)] = [
      ("mean", .dot("dot")), ("95% interval", .line("whisker")),
    ]
    if let reference { legend.append((reference.label, .line("reference"))) }
    canvas.legend(legend, x: left, y: 14)
    let shared = sharedScale(left: left, right: right)
    if let shared, !perRowScale {
      canvas.valueGridVertical(shared, top: top - 4, bottom: bottom, kind: kind)
    }
    if let reference, let shared, !perRowScale {
      let x = shared.position(reference.value)
      canvas.line(x1: x, y1: top - 4, x2: x, y2: bottom, className: "reference")
    }
    if perRowScale {
      let centre = (left + right) / 2
      canvas.line(x1: centre, y1: top - 4, x2: centre, y2: bottom, className: "reference")
    }
    for (index, item) in items.enumerated() {
      let y = top + rowHeight * (Double(index) + 0.5)
      switch item {
      case .heading(let text):
        canvas.text(text, x: 8, y: y + 5, className: "rowhead")
      case .row(let label, let value, let text):
        canvas.line(x1: 8, y1: y + rowHeight / 2, x2: width - 8, y2: y + rowHeight / 2, className: "rowrule")
        canvas.text(label, x: left - 10, y: y + 4, anchor: "end")
        let scale = perRowScale ? rowScale(value, left: left, right: right) : shared
        if let scale { draw(value, on: scale, y: y, canvas: &canvas) }
        canvas.text(text, x: right + 10, y: y + 4, className: "value")
      }
    }
    if let directions {
      let x = perRowScale ? (left + right) / 2 : (shared?.position(reference?.value ?? 0) ?? (left + right) / 2)
      let y = bottom + (perRowScale ? 18 : 34)
      canvas.text("\u{2190} " + directions.low, x: x - 8, y: y, anchor: "end", className: "note")
      canvas.text(directions.high + " \u{2192}", x: x + 8, y: y, className: "note")
    }
    return canvas.rendered
  }

  /// Draws one row's interval and point.
  func draw(_ value: PlotValue, on scale: LinearScale, y: Double, canvas: inout SVGCanvas) {
    guard value.mean.isFinite else { return }
    var excludesReference = false
    if let bounds = limited(value.bounds) {
      canvas.horizontalWhisker(
        y: y, from: scale.clampedPosition(bounds.low), to: scale.clampedPosition(bounds.high), cap: 4)
      let zero = reference?.value ?? 0
      excludesReference = bounds.low > zero || bounds.high < zero
    }
    let dotClass = perRowScale && !excludesReference ? "dot open" : "dot"
    canvas.circle(x: scale.clampedPosition(value.mean), y: y, radius: 5, className: dotClass)
  }

  /// One axis for every row, covering every interval and the reference.
  func sharedScale(left: Double, right: Double) -> LinearScale? {
    let values = items.compactMap { item -> PlotValue? in
      if case .row(_, let value, _) = item { return value }
      return nil
    }
    guard !values.isEmpty else { return nil }
    let drawn = values.flatMap { value in
      [value.mean] + (limited(value.bounds).map { [$0.low, $0.high] } ?? [])
    }
    let points = (drawn + [reference?.value].compactMap { $0 }).filter(\.isFinite)
    return LinearScale(
      low: points.min() ?? 0, high: points.max() ?? 1, pixels: (left, right), tickCount: 6,
      integerSteps: kind == .count)
  }

  /// An interval as drawn: cut at 0 (and at 1 for shares) when the rows are levels.
  func limited(_ bounds: (low: Double, high: Double)?) -> (low: Double, high: Double)? {
    guard let bounds, levels else { return bounds }
    let top = kind == .share ? 1.0 : Double.infinity
    return (min(max(bounds.low, 0), top), min(max(bounds.high, 0), top))
  }

  /// A symmetric scale for one row, centred on the reference (forest plots).
  func rowScale(_ value: PlotValue, left: Double, right: Double) -> LinearScale? {
    let centre = reference?.value ?? 0
    let reach = max(abs(value.extent.low - centre), abs(value.extent.high - centre)) * 1.15
    guard reach > 0, reach.isFinite else {
      return LinearScale(low: centre - 1, high: centre + 1, pixels: (left, right), tickCount: 2)
    }
    return LinearScale(exactDomain: (centre - reach)...(centre + reach), pixels: (left, right))
  }
}
