/// A CSV table built row by row and rendered with RFC 4180 quoting where needed.
public struct CSVTable: Sendable {
  /// The header row.
  public let columns: [String]
  /// The data rows (already formatted cells).
  public private(set) var rows: [[String]] = []

  /// An empty table with the given header.
  public init(columns: [String]) { self.columns = columns }

  /// Appends a row; it must have one cell per column.
  public mutating func append(_ cells: [String]) {
    precondition(cells.count == columns.count, "a CSV row has the wrong number of cells")
    rows.append(cells)
  }

  /// The table as text, with "\n" line ends and a final newline.
  public var text: String {
    var out = CSVTable.line(columns)
    for row in rows { out += CSVTable.line(row) }
    return out
  }

  static func line(_ cells: [String]) -> String {
    cells.map(quote).joined(separator: ",") + "\n"
  }

  static func quote(_ cell: String) -> String {
    guard cell.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" }) else { return cell }
    return "\"" + cell.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }
}
