import Presentation

/// SVG elements the standalone charts (`sweep.svg`, `plan.svg`) draw with: coordinates with two
/// decimals, text escaped.
enum ChartMarkup {
  static func line(_ x1: Double, _ y1: Double, _ x2: Double, _ y2: Double, stroke: String, width: Double = 1) -> String
  {
    let c = Coordinate.twoDecimals
    return
      "<line x1=\"\(c(x1))\" y1=\"\(c(y1))\" x2=\"\(c(x2))\" y2=\"\(c(y2))\" stroke=\"\(stroke)\" stroke-width=\"\(NumberFormat.csv(width))\"/>"
  }

  static func text(
    _ content: String, x: Double, y: Double, size: Double, anchor: String = "start", weight: String = "normal",
    fill: String = "#222222"
  ) -> String {
    "<text x=\"\(Coordinate.twoDecimals(x))\" y=\"\(Coordinate.twoDecimals(y))\" font-size=\"\(NumberFormat.csv(size))\" text-anchor=\"\(anchor)\" font-weight=\"\(weight)\" fill=\"\(fill)\">\(XMLEscape.minimal(content))</text>"
  }
}
