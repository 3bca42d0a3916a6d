extension SVGCanvas {
  /// Horizontal grid lines with tick labels on the left, for a vertical value scale. Value tick
  /// labels carry the classes `tick scale`, so a reader (or a test) can tell them from the labels
  /// of categories and dates.
  public mutating func valueGridHorizontal(_ scale: LinearScale, left: Double, right: Double, kind: ReportNumber.Kind) {
    for tick in scale.ticks {
      let y = scale.position(tick)
      line(x1: left, y1: y, x2: right, y2: y, className: tick == 0 ? "axis" : "grid")
      text(
        TickLabel.byKind(tick, step: scale.step, kind: kind), x: left - 6, y: y + 4, anchor: "end",
        className: "tick scale")
    }
  }

  /// Vertical grid lines with tick labels below, for a horizontal value scale.
  public mutating func valueGridVertical(_ scale: LinearScale, top: Double, bottom: Double, kind: ReportNumber.Kind) {
    for tick in scale.ticks {
      let x = scale.position(tick)
      line(x1: x, y1: top, x2: x, y2: bottom, className: tick == 0 ? "axis" : "grid")
      text(
        TickLabel.byKind(tick, step: scale.step, kind: kind), x: x, y: bottom + 15, anchor: "middle",
        className: "tick scale"
      )
    }
  }

  /// An interval whisker with end caps, vertical (`x` fixed) between two y positions.
  public mutating func verticalWhisker(x: Double, from y1: Double, to y2: Double, cap: Double = 4) {
    line(x1: x, y1: y1, x2: x, y2: y2, className: "whisker")
    line(x1: x - cap, y1: y1, x2: x + cap, y2: y1, className: "whisker")
    line(x1: x - cap, y1: y2, x2: x + cap, y2: y2, className: "whisker")
  }

  /// An interval whisker with end caps, horizontal (`y` fixed) between two x positions.
  public mutating func horizontalWhisker(y: Double, from x1: Double, to x2: Double, cap: Double = 4) {
    line(x1: x1, y1: y, x2: x2, y2: y, className: "whisker")
    line(x1: x1, y1: y - cap, x2: x1, y2: y + cap, className: "whisker")
    line(x1: x2, y1: y - cap, x2: x2, y2: y + cap, className: "whisker")
  }
}
