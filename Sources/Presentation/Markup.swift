/// Builds XHTML-compatible markup: every inserted text and attribute value is escaped
/// (`XMLEscape.strict`), every element is closed, so the report parses as XML as well as HTML.
public enum Markup {
  /// A placeholder for a figure's number, replaced in page order once the page is built; never
  /// let through from inserted text.
  public static let figureNumber: Unicode.Scalar = "\u{E000}"

  /// Replaces each figure-number placeholder with 1, 2, 3... in order.
  public static func numberFigures(_ page: String) -> String {
    var out = ""
    var count = 0
    for scalar in page.unicodeScalars {
      if scalar == figureNumber {
        count += 1
        out += String(count)
      } else {
        out.unicodeScalars.append(scalar)
      }
    }
    return out
  }

  /// An element whose content is markup already built (not escaped again).
  public static func element(_ name: String, _ attributes: [(String, String)] = [], _ content: String) -> String {
    "<\(name)\(attributeText(attributes))>\(content)</\(name)>"
  }

  /// An element holding plain text, escaped.
  public static func text(_ name: String, _ attributes: [(String, String)] = [], _ text: String) -> String {
    element(name, attributes, XMLEscape.strict(text))
  }

  /// A self-closed element, e.g. `<meta charset="utf-8" />` or `<rect ... />`.
  public static func empty(_ name: String, _ attributes: [(String, String)] = []) -> String {
    "<\(name)\(attributeText(attributes)) />"
  }

  /// Attributes as ` key="value"`, values escaped, in the order given.
  public static func attributeText(_ attributes: [(String, String)]) -> String {
    attributes.map { " \($0.0)=\"\(XMLEscape.strict($0.1))\"" }.joined()
  }

  /// A table with a header row and body rows; the first cell of each row is its header.
  /// `numeric` columns align right. The table sits in a `div.table-wrap`, which scrolls sideways
  /// when the table is wider than the page.
  public static func table(
    caption: String?, header: [String], rows: [[TableCell]], numeric: Set<Int> = [], className: String = "data"
  ) -> String {
    let head = element(
      "tr", [],
      header.enumerated().map { index, cell in
        text("th", [("scope", "col")] + (numeric.contains(index) ? [("class", "num")] : []), cell)
      }.joined())
    let body = rows.map { row in
      element(
        "tr", [],
        row.enumerated().map { index, cell in
          index == 0
            ? element("th", [("scope", "row")], cell.markup)
            : element("td", numeric.contains(index) ? [("class", "num")] : [], cell.markup)
        }.joined())
    }.joined(separator: "\n")
    let captionText = caption.map { text("caption", [], $0) } ?? ""
    return element(
      "div", [("class", "table-wrap")],
      element(
        "table", [("class", className)],
        captionText + element("thead", [], head) + "\n" + element("tbody", [], body)))
  }
}
