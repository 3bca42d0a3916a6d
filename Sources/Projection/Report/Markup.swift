/// Builds XHTML-compatible markup: every inserted text and attribute value is escaped, every
/// element is closed, so the report parses as XML as well as HTML.
enum Markup {
  /// Escapes text for element content or a double-quoted attribute value.
  ///
  /// `&`, `<`, `>`, `"` and `'` become character references; control characters other than
  /// tab and newline (not allowed in XML 1.0) and the figure-number placeholder are dropped.
  static func escape(_ text: String) -> String {
    var out = ""
    out.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "'": out += "&#39;"
      case "\t", "\n": out.unicodeScalars.append(scalar)
      case Markup.figureNumber: break
      default:
        if scalar.value >= 0x20 && !(0x7F...0x9F).contains(scalar.value) {
          out.unicodeScalars.append(scalar)
        }
      }
    }
    return out
  }

  /// A placeholder for a figure's number, replaced in page order once the page is built; never
  /// let through from inserted text.
  static let figureNumber: Unicode.Scalar = "\u{E000}"

  /// Replaces each figure-number placeholder with 1, 2, 3... in order.
  static func numberFigures(_ page: String) -> String {
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
  static func element(_ name: String, _ attributes: [(String, String)] = [], _ content: String) -> String {
    "<\(name)\(attributeText(attributes))>\(content)</\(name)>"
  }

  /// An element holding plain text, escaped.
  static func text(_ name: String, _ attributes: [(String, String)] = [], _ text: String) -> String {
    element(name, attributes, escape(text))
  }

  /// A self-closed element, e.g. `<meta charset="utf-8" />` or `<rect ... />`.
  static func empty(_ name: String, _ attributes: [(String, String)] = []) -> String {
    "<\(name)\(attributeText(attributes)) />"
  }

  /// Attributes as ` key="value"`, values escaped, in the order given.
  static func attributeText(_ attributes: [(String, String)]) -> String {
    attributes.map { " \($0.0)=\"\(escape($0.1))\"" }.joined()
  }

  /// A table with a header row and body rows; the first cell of each row is its header.
  /// `numeric` columns align right.
  static func table(
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
      "table", [("class", className)],
      captionText + element("thead", [], head) + "\n" + element("tbody", [], body))
  }
}

/// One table cell: plain text, or an estimate with its interval on a second line.
enum TableCell: ExpressibleByStringLiteral {
  case text(String)
  case estimate(String, interval: String?)

  init(stringLiteral value: String) { self = .text(value) }

  /// The cell's content, escaped.
  var markup: String {
    switch self {
    case .text(let text): return Markup.escape(text)
    case .estimate(let value, let interval):
      return Markup.escape(value) + (interval.map { Markup.text("span", [("class", "ci-line")], $0) } ?? "")
    }
  }

  /// A summary's mean, with its interval's bounds below it.
  static func summary(_ summary: PlotValue?, _ kind: ReportNumber.Kind, signed: Bool = false) -> TableCell {
    guard let summary else { return .text("n/a") }
    let interval = ReportNumber.bounds(summary.low, summary.high, kind, signed: signed)
    return .estimate(ReportNumber.format(summary.mean, kind, signed: signed), interval: interval)
  }
}
