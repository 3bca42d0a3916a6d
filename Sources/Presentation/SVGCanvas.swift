/// An inline SVG drawing: accumulates shapes and renders an accessible `<svg>` element with a
/// `<title>` and `<desc>` (`role="img"`, `aria-labelledby`). Coordinates are in SVG user units
/// (pixels at 100%, y down) and written with at most one decimal (`Coordinate.compact`) so output
/// is byte-stable. Shapes take class names the report's style sheet (`ReportStyle.css`) colours.
public struct SVGCanvas {
  /// A document-unique id used for the title and description ids.
  public let id: String
  /// The drawing's width and height in SVG user units (pixels at 100%).
  public let width: Double
  public let height: Double
  /// Short title (read by screen readers and shown as a tooltip).
  public let title: String
  /// A sentence or two saying what the chart shows and its main numbers.
  public let summary: String
  /// The markup added so far, in drawing order.
  public private(set) var parts: [String] = []

  public init(id: String, width: Double, height: Double, title: String, summary: String) {
    self.id = id
    self.width = width
    self.height = height
    self.title = title
    self.summary = summary
  }

  /// The `<svg>` element.
  public var rendered: String {
    let attributes: [(String, String)] = [
      ("id", id), ("class", "chart"), ("viewBox", "0 0 \(Coordinate.compact(width)) \(Coordinate.compact(height))"),
      ("width", Coordinate.compact(width)), ("height", Coordinate.compact(height)), ("role", "img"),
      ("aria-labelledby", "\(id)-title \(id)-desc"), ("preserveAspectRatio", "xMinYMin meet"),
    ]
    let head =
      Markup.text("title", [("id", "\(id)-title")], title) + Markup.text("desc", [("id", "\(id)-desc")], summary)
    return Markup.element("svg", attributes, head + "\n" + parts.joined(separator: "\n") + "\n")
  }

  /// Adds raw SVG markup built with `Markup`.
  public mutating func add(_ markup: String) { parts.append(markup) }

  /// A straight line.
  public mutating func line(x1: Double, y1: Double, x2: Double, y2: Double, className: String) {
    add(
      Markup.empty(
        "line",
        [
          ("x1", Coordinate.compact(x1)), ("y1", Coordinate.compact(y1)), ("x2", Coordinate.compact(x2)),
          ("y2", Coordinate.compact(y2)), ("class", className),
        ]))
  }

  /// A rectangle; `fill` overrides the class's colour when given.
  public mutating func rect(
    x: Double, y: Double, width: Double, height: Double, className: String, fill: String? = nil
  ) {
    var attributes: [(String, String)] = [
      ("x", Coordinate.compact(x)), ("y", Coordinate.compact(y)), ("width", Coordinate.compact(max(0, width))),
      ("height", Coordinate.compact(max(0, height))), ("class", className),
    ]
    if let fill { attributes.append(("fill", fill)) }
    add(Markup.empty("rect", attributes))
  }

  /// A circle.
  public mutating func circle(x: Double, y: Double, radius: Double, className: String) {
    add(
      Markup.empty(
        "circle",
        [
          ("cx", Coordinate.compact(x)), ("cy", Coordinate.compact(y)), ("r", Coordinate.compact(radius)),
          ("class", className),
        ]))
  }

  /// A path through points (`closed` joins the last to the first).
  public mutating func path(_ points: [(x: Double, y: Double)], className: String, closed: Bool = false) {
    guard let first = points.first else { return }
    var data = "M\(Coordinate.compact(first.x)) \(Coordinate.compact(first.y))"
    for point in points.dropFirst() { data += "L\(Coordinate.compact(point.x)) \(Coordinate.compact(point.y))" }
    if closed { data += "Z" }
    add(Markup.empty("path", [("d", data), ("class", className)]))
  }

  /// Text at a point; `anchor` is start, middle or end.
  public mutating func text(
    _ text: String, x: Double, y: Double, anchor: String = "start", className: String = "label",
    rotate: Bool = false
  ) {
    var attributes: [(String, String)] = [
      ("x", Coordinate.compact(x)), ("y", Coordinate.compact(y)), ("text-anchor", anchor), ("class", className),
    ]
    if rotate {
      attributes.append(("transform", "rotate(-90 \(Coordinate.compact(x)) \(Coordinate.compact(y)))"))
    }
    add(Markup.text("text", attributes, text))
  }

  /// A legend: coloured keys and labels in one row from (x, y); returns the row's width.
  @discardableResult
  public mutating func legend(_ items: [(label: String, swatch: Swatch)], x: Double, y: Double) -> Double {
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

  /// A rough width of text at the legend's 12 px size (for layout only).
  public static func textWidth(_ text: String, size: Double = 12) -> Double { Double(text.count) * size * 0.56 }
}
