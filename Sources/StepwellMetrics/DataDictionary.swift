/// The rows of `data-dictionary.csv`: every file of an output folder, each column of its tables
/// and each metric named in them, with unit and definition from the catalogues.
///
/// Files come in the order they were written; a table's columns in header order, then the metric
/// names of its metric column in order of first appearance. A file, column or metric the
/// catalogues do not know gets a row with an empty unit and is listed in `unknown`.
public struct DataDictionary: Sendable {
  /// One row: `file,column_or_metric,unit,definition`.
  public struct Row: Sendable, Equatable {
    public let file: String
    public let columnOrMetric: String
    public let unit: String
    public let definition: String
  }

  /// The header of `data-dictionary.csv`.
  public static let columns = ["file", "column_or_metric", "unit", "definition"]

  /// The rows so far.
  public private(set) var rows: [Row] = []
  /// `file: name` of every file, column or metric the catalogues do not know.
  public private(set) var unknown: [String] = []

  /// An empty dictionary.
  public init() {}

  /// Adds a file that is not a table (JSON, YAML, HTML, SVG): one row describing it.
  public mutating func addFile(_ name: String) {
    let file = OutputCatalogue.file(name)
    if file == nil { unknown.append(name) }
    rows.append(Row(file: name, columnOrMetric: "", unit: ColumnUnit.file.label, definition: file?.content ?? ""))
  }

  /// Adds a table from its lines (the header first); reads only the header when the table has
  /// no metric column.
  public mutating func addTable(_ name: String, lines: some Sequence<Substring>) {
    var iterator = lines.makeIterator()
    let header = iterator.next().map(CSVFields.split) ?? []
    let file = OutputCatalogue.file(name)
    if file == nil { unknown.append(name) }
    for column in header {
      let found = file?.column(column)
      if found == nil { unknown.append("\(name): \(column)") }
      rows.append(
        Row(file: name, columnOrMetric: column, unit: found?.unit.label ?? "", definition: found?.definition ?? ""))
    }
    guard let (metricColumn, scope) = file?.metricColumn, let position = header.firstIndex(of: metricColumn) else {
      return
    }
    var seen = Set<String>()
    while let line = iterator.next() {
      guard !line.isEmpty else { continue }
      let fields = CSVFields.split(line)
      guard position < fields.count, seen.insert(fields[position]).inserted else { continue }
      addMetric(fields[position], scope: scope, in: name)
    }
  }

  /// Adds a sub-folder that holds a full output folder of its own (`base/` and `alt/` of a
  /// comparison), described by its own dictionary.
  public mutating func addFolder(_ name: String) {
    rows.append(
      Row(
        file: name + "/", columnOrMetric: "", unit: ColumnUnit.folder.label,
        definition: "A run folder of its own, described by its own \(OutputCatalogue.dataDictionaryName)"))
  }

  /// Adds the rows describing `data-dictionary.csv` itself.
  public mutating func addSelf() {
    addTable(OutputCatalogue.dataDictionaryName, lines: [Substring(DataDictionary.columns.joined(separator: ","))])
  }

  mutating func addMetric(_ metric: String, scope: MetricScope, in file: String) {
    let found = MetricCatalogue.definition(of: metric, in: scope, file: file)
    if found == nil { unknown.append("\(file): \(metric)") }
    rows.append(
      Row(file: file, columnOrMetric: metric, unit: found?.unit.label ?? "", definition: found?.definition ?? ""))
  }

  /// The dictionary as CSV text, with "\n" line ends and quoting where needed.
  public var csv: String {
    var out = CSVFields.line(DataDictionary.columns)
    for row in rows { out += CSVFields.line([row.file, row.columnOrMetric, row.unit, row.definition]) }
    return out
  }
}
