/// Vertical stacked bars (one per column, e.g. per year) of categories' means, with the total's
/// 95% interval as a whisker on top: cost by category per year.
public struct StackedBarChart {
  /// One column: its label, the mean of each category (in `categories` order) and the total.
  public struct Column {
    public var label: String
    public var parts: [Double]
    public var total: PlotValue

    /// One entry with every field given.
    public init(label: String, parts: [Double], total: PlotValue) {
      self.label = label
      self.parts = parts
      self.total = total
    }
  }

  /// Document-unique id, title and a plain-language summary for screen readers (`SVGCanvas`).
  public var id: String
  public var title: String
  public var summary: String
  /// Category names and fill colours, bottom of the stack first.
  public var categories: [(label: String, colour: String)]
  public var columns: [Column]
  /// What the values measure, which decides how ticks and values are written.
  public var kind: ReportNumber.Kind = .pounds
  /// The drawing's width and height in SVG user units (pixels at 100%).
  public var width: Double = 860
  public var height: Double = 330

  /// A chart with every setting given; the defaults are those above.
  public init(
    id: String, title: String, summary: String, categories: [(label: String, colour: String)], columns: [Column],
    kind: ReportNumber.Kind = .pounds, width: Double = 860, height: Double = 330
  ) {
    self.id = id
    self.title = title
    self.summary = summary
    self.categories = categories
    self.columns = columns
    self.kind = kind
    self.width = width
    self.height = height
  }

  /// The chart as an inline `<svg>` element.
  public var rendered: String {
    var canvas = SVGCanvas(id: id, width: width, height: height, title: title, summary: summary)
    let legendRows = legendLayout()
    let top = 22 + 18 * Double(legendRows.count)
    let left = 70.0
    let right = width - 16
    let bottom = height - 28
    let highs = columns.map { max($0.total.extent.high, $0.parts.filter { $0 > 0 }.reduce(0, +)) }
    let scale = LinearScale(
      low: 0, high: highs.max() ?? 1, pixels: (bottom, top), tickCount: 5, integerSteps: kind == .count)
    for (row, items) in legendRows.enumerated() {
      canvas.legend(items.map { ($0.label, .fill($0.colour)) }, x: left, y: 14 + 18 * Double(row))
    }
    canvas.valueGridHorizontal(scale, left: left, right: right, kind: kind)
    let slot = (right - left) / Double(max(1, columns.count))
    let barWidth = min(70, slot * 0.6)
    for (index, column) in columns.enumerated() {
      let centre = left + slot * (Double(index) + 0.5)
      var base = 0.0
      for (part, category) in zip(column.parts, categories) where part > 0 {
        let y1 = scale.position(base + part)
        canvas.rect(
          x: centre - barWidth / 2, y: y1, width: barWidth, height: scale.position(base) - y1, className: "stack",
          fill: category.colour)
        base += part
      }
      if let bounds = column.total.bounds {
        canvas.verticalWhisker(
          x: centre, from: scale.clampedPosition(bounds.low), to: scale.clampedPosition(bounds.high))
      }
      canvas.text(column.label, x: centre, y: bottom + 17, anchor: "middle", className: "tick")
    }
    canvas.line(x1: left, y1: bottom, x2: right, y2: bottom, className: "axis")
    return canvas.rendered
  }

  /// Legend entries split into rows that fit the width.
  func legendLayout() -> [[(label: String, colour: String)]] {
    var rows: [[(label: String, colour: String)]] = [[]]
    var used = 0.0
    for category in categories {
      let itemWidth = 38 + SVGCanvas.textWidth(category.label)
      if used + itemWidth > width - 90, let last = rows.last, !last.isEmpty {
        rows.append([])
        used = 0
      }
      rows[rows.count - 1].append(category)
      used += itemWidth
    }
    return rows
  }
}
