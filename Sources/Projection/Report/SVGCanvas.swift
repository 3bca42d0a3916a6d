/// An inline SVG drawing: accumulates shapes and renders an accessible `<svg>` element with a
/// `<title>` and `<desc>` (`role="img"`, `aria-labelledby`). Coordinates are written with at most
/// one decimal so output is byte-stable.
struct SVGCanvas {
  /// A document-unique id used for the title and description ids.
  let id: String
  /// The drawing's size in SVG user units (pixels at 100%).
  let width: Double
  let height: Double
  /// Short title (read by screen readers and shown as a tooltip).
  let title: String
  /// A sentence or two saying what the chart shows and its main numbers.
  let summary: String
  private(set) var parts: [String] = []

  init(id: String, width: Double, height: Double, title: String, summary: String) {
    self.id = id
    self.width = width
    self.height = height
    self.title = title
    self.summary = summary
  }

  /// The `<svg>` element.
  var rendered: String {
    let attributes: [(String, String)] = [
      ("id", id), ("class", "chart"), ("viewBox", "0 0 \(SVGCanvas.number(width)) \(SVGCanvas.number(height))"),
      ("width", SVGCanvas.number(width)), ("height", SVGCanvas.number(height)), ("role", "img"),
      ("aria-labelledby", "\(id)-title \(id)-desc"), ("preserveAspectRatio", "xMinYMin meet"),
    ]
    let head =
      Markup.text("title", [("id", "\(id)-title")], title) + Markup.text("desc", [("id", "\(id)-desc")], summary)
    return Markup.element("svg", attributes, head + "\n" + parts.joined(separator: "\n") + "\n")
  }

  /// Adds raw SVG markup built with `Markup`.
  mutating func add(_ markup: String) { parts.append(markup) }

  /// A straight line.
  mutating func line(x1: Double, y1: Double, x2: Double, y2: Double, className: String) {
    add(
      Markup.empty(
        "line",
        [
          ("x1", SVGCanvas.number(x1)), ("y1", SVGCanvas.number(y1)), ("x2", SVGCanvas.number(x2)),
          ("y2", SVGCanvas.number(y2)), ("class", className),
        ]))
  }

  /// A rectangle; `fill` overrides the class's colour when given.
  mutating func rect(x: Double, y: Double, width: Double, height: Double, className: String, fill: String? = nil) {
    var attributes: [(String, String)] = [
      ("x", SVGCanvas.number(x)), ("y", SVGCanvas.number(y)), ("width", SVGCanvas.number(max(0, width))),
      ("height", SVGCanvas.number(max(0, height))), ("class", className),
    ]
    if let fill { attributes.append(("fill", fill)) }
    add(Markup.empty("rect", attributes))
  }

  /// A circle.
  mutating func circle(x: Double, y: Double, radius: Double, className: String) {
    add(
      Markup.empty(
        "circle",
        [
          ("cx", SVGCanvas.number(x)), ("cy", SVGCanvas.number(y)), ("r", SVGCanvas.number(radius)),
          ("class", className),
        ]))
  }

  /// A path through points (`closed` joins the last to the first).
  mutating func path(_ points: [(x: Double, y: Double)], className: String, closed: Bool = false) {
    guard let first = points.first else { return }
    var data = "M\(SVGCanvas.number(first.x)) \(SVGCanvas.number(first.y))"
    for point in points.dropFirst() { data += "L\(SVGCanvas.number(point.x)) \(SVGCanvas.number(point.y))" }
    if closed { data += "Z" }
    add(Markup.empty("path", [("d", data), ("class", className)]))
  }

  /// Text at a point; `anchor` is start, middle or end.
  mutating func text(
    _ text: String, x: Double, y: Double, anchor: String = "start", className: String = "label",
    rotate: Bool = false
  ) {
    var attributes: [(String, String)] = [
      ("x", SVGCanvas.number(x)), ("y", SVGCanvas.number(y)), ("text-anchor", anchor), ("class", className),
    ]
    if rotate {
      attributes.append(("transform", "rotate(-90 \(SVGCanvas.number(x)) \(SVGCanvas.number(y)))"))
    }
    add(Markup.text("text", attributes, text))
  }

  /// A legend: coloured keys and labels in one row from (x, y); returns the row's width.
  @discardableResult
  mutating func legend(_ items: [(label: String, swatch: Swatch)], x: Double, y: Double) -> Double {
    var cursor = x
    for item in items {
      switch item.swatch {
      case .fill(let colour):
        rect(x: cursor, y: y - 9, width: 12, height: 12, className: "swatch", fill: colour)
      case .line(let className):
        line(x1: cursor, y1: y - 3, x2: cursor + 16, y2: y - 3, className: className)
      case .band(let className):
        rect(x: cursor, y: y - 9, width: 16, height: 12, className: className)
      case .dot(let className):
        circle(x: cursor + 6, y: y - 3, radius: 4, className: className)
      }
      text(item.label, x: cursor + 20, y: y + 1, className: "legend")
      cursor += 20 + SVGCanvas.textWidth(item.label) + 18
    }
    return cursor - x
  }

  /// What a legend key looks like.
  enum Swatch {
    case fill(String)
    case line(String)
    case band(String)
    case dot(String)
  }

  /// A rough width of text at the legend's 12 px size (for layout only).
  static func textWidth(_ text: String, size: Double = 12) -> Double { Double(text.count) * size * 0.56 }

  /// A coordinate with at most one decimal and no trailing zero.
  static func number(_ value: Double) -> String {
    guard value.isFinite else { return "0" }
    let rounded = (value * 10).rounded() / 10
    if rounded == rounded.rounded() { return String(Int(rounded)) }
    return ReportNumber.fixed(rounded, decimals: 1)
  }
}
