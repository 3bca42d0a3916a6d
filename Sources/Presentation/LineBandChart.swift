/// A line of means over time with a shaded 95% interval band, and a shaded warm-up period.
public struct LineBandChart {
  /// Document-unique id, title and a plain-language summary for screen readers.
  public var id: String
  public var title: String
  public var summary: String
  /// Bin start times (days from the start of the run), ascending.
  public var times: [Double]
  /// One value per bin.
  public var values: [PlotValue]
  /// The end of the warm-up (days); the period before it is shaded and labelled.
  public var warmupEnd: Double?
  /// The end of the run (days).
  public var horizon: Double
  /// Ticks on the time axis: position (days) and label.
  public var timeTicks: [(day: Double, label: String)]
  /// What the values measure.
  public var kind: ReportNumber.Kind = .count
  /// The drawing's width and height in SVG user units (pixels at 100%).
  public var width: Double = 440
  public var height: Double = 200

  /// A chart with every setting given; the defaults are those above.
  public init(
    id: String, title: String, summary: String, times: [Double], values: [PlotValue], warmupEnd: Double? = nil,
    horizon: Double, timeTicks: [(day: Double, label: String)], kind: ReportNumber.Kind = .count, width: Double = 440,
    height: Double = 200
  ) {
    self.id = id
    self.title = title
    self.summary = summary
    self.times = times
    self.values = values
    self.warmupEnd = warmupEnd
    self.horizon = horizon
    self.timeTicks = timeTicks
    self.kind = kind
    self.width = width
    self.height = height
  }

  /// The chart as an inline `<svg>` element.
  public var rendered: String {
    var canvas = SVGCanvas(id: id, width: width, height: height, title: title, summary: summary)
    let left = 48.0
    let right = width - 22
    let top = 14.0
    let bottom = height - 26
    let highs = values.map { $0.bounds?.high ?? $0.mean }.filter(\.isFinite)
    let yScale = LinearScale(
      low: 0, high: highs.max() ?? 1, pixels: (bottom, top), tickCount: 4, integerSteps: kind == .count)
    let x = { (day: Double) in left + (right - left) * min(day, horizon) / max(horizon, 1) }
    if let warmupEnd, warmupEnd > 0 {
      canvas.rect(x: left, y: top, width: x(warmupEnd) - left, height: bottom - top, className: "warmup")
      canvas.text("warm-up", x: left + 4, y: top + 12, className: "note")
    }
    canvas.valueGridHorizontal(yScale, left: left, right: right, kind: kind)
    for tick in timeTicks where tick.day >= 0 && tick.day <= horizon + 2 {
      canvas.line(x1: x(tick.day), y1: bottom, x2: x(tick.day), y2: bottom + 4, className: "axis")
      canvas.text(tick.label, x: x(tick.day), y: bottom + 17, anchor: "middle", className: "tick")
    }
    let points = zip(times, values).filter { $0.1.mean.isFinite }
    let upper = points.map { (x: x($0.0), y: yScale.clampedPosition($0.1.bounds?.high ?? $0.1.mean)) }
    let lower = points.map { (x: x($0.0), y: yScale.clampedPosition(max(0, $0.1.bounds?.low ?? $0.1.mean))) }
    canvas.path(upper + lower.reversed(), className: "band", closed: true)
    canvas.path(points.map { (x: x($0.0), y: yScale.clampedPosition($0.1.mean)) }, className: "series")
    canvas.line(x1: left, y1: bottom, x2: right, y2: bottom, className: "axis")
    return canvas.rendered
  }
}
