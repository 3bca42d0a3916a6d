/// Horizontal bars (one per row) with 95% interval whiskers and an optional standard marker per
/// row: waits per service against their access standards.
public struct WhiskerBarChart {
  /// One bar.
  public struct Row {
    public var label: String
    public var value: PlotValue
    /// A reference value drawn as a marker across the bar's row (e.g. the access standard).
    public var marker: Double?

    /// One entry with every field given.
    public init(label: String, value: PlotValue, marker: Double? = nil) {
      self.label = label
      self.value = value
      self.marker = marker
    }
  }

  /// Document-unique id, title and a plain-language summary for screen readers (`SVGCanvas`).
  public var id: String
  public var title: String
  public var summary: String
  public var rows: [Row]
  /// What the values measure, which decides how ticks and values are written.
  public var kind: ReportNumber.Kind = .days
  /// What the marker means, for the legend.
  public var markerLabel: String = "standard"
  /// The value axis's caption.
  public var axisLabel: String = "days from joining the list"
  /// The drawing's width in SVG user units (pixels at 100%).
  public var width: Double = 860

  /// A chart with every setting given; the defaults are those above.
  public init(
    id: String, title: String, summary: String, rows: [Row], kind: ReportNumber.Kind = .days,
    markerLabel: String = "standard", axisLabel: String = "days from joining the list", width: Double = 860
  ) {
    self.id = id
    self.title = title
    self.summary = summary
    self.rows = rows
    self.kind = kind
    self.markerLabel = markerLabel
    self.axisLabel = axisLabel
    self.width = width
  }

  /// The chart as an inline `<svg>` element.
  public var rendered: String {
    let rowHeight = 30.0
    let top = 30.0
    let left = 150.0
    let right = width - 130
    let height = top + rowHeight * Double(rows.count) + 40
    var canvas = SVGCanvas(id: id, width: width, height: height, title: title, summary: summary)
    let highs: [Double] = rows.flatMap { [$0.value.extent.high, $0.marker ?? 0] }
    let scale = LinearScale(
      low: 0, high: highs.max() ?? 1, pixels: (left, right), tickCount: 6, integerSteps: kind == .count)
    let bottom = top + rowHeight * Double(rows.count)
    canvas.valueGridVertical(scale, top: top - 4, bottom: bottom, kind: kind)
    canvas.text(axisLabel, x: (left + right) / 2, y: bottom + 32, anchor: "middle", className: "note")
    canvas.legend(
      [("mean wait", .fill(Palette.primary)), ("95% interval", .line("whisker")), (markerLabel, .line("marker"))],
      x: left, y: 14)
    for (index, row) in rows.enumerated() {
      let centre = top + rowHeight * (Double(index) + 0.5)
      canvas.text(row.label, x: left - 8, y: centre + 4, anchor: "end")
      if row.value.mean.isFinite {
        let end = scale.clampedPosition(max(0, row.value.mean))
        canvas.rect(x: left, y: centre - 8, width: end - left, height: 16, className: "bar")
      }
      if let bounds = row.value.bounds {
        canvas.horizontalWhisker(
          y: centre, from: scale.clampedPosition(max(0, bounds.low)), to: scale.clampedPosition(bounds.high))
      }
      if let marker = row.marker {
        let x = scale.clampedPosition(marker)
        canvas.line(x1: x, y1: centre - 12, x2: x, y2: centre + 12, className: "marker")
      }
      canvas.text(ReportNumber.format(row.value.mean, kind), x: right + 8, y: centre + 4, className: "value")
    }
    return canvas.rendered
  }
}
