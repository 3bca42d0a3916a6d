/// One table cell (`Markup.table`): plain text, or an estimate with its interval on a second line.
public enum TableCell: ExpressibleByStringLiteral {
  case text(String)
  case estimate(String, interval: String?)

  public init(stringLiteral value: String) { self = .text(value) }

  /// The cell's content, escaped.
  public var markup: String {
    switch self {
    case .text(let text): return XMLEscape.strict(text)
    case .estimate(let value, let interval):
      return XMLEscape.strict(value) + (interval.map { Markup.text("span", [("class", "ci-line")], $0) } ?? "")
    }
  }

  /// A summary's mean, with its interval's bounds below it.
  public static func summary(_ summary: PlotValue?, _ kind: ReportNumber.Kind, signed: Bool = false) -> TableCell {
    guard let summary else { return .text("n/a") }
    let interval = ReportNumber.bounds(summary.low, summary.high, kind, signed: signed)
    return .estimate(ReportNumber.format(summary.mean, kind, signed: signed), interval: interval)
  }
}
