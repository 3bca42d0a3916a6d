/// One kind of output file: what it holds, its columns (CSV) and where metric names are in it.
public struct OutputFileDescription: Sendable {
  /// The file name, e.g. `projection.csv`.
  public let name: String
  /// One line saying what the file holds.
  public let content: String
  /// Its columns in header order (empty for files that are not CSV); a file written in several
  /// forms (`records.csv`) lists the columns of every form.
  public let columns: [OutputColumn]
  /// The column whose cells are metric names, and the scope those names are looked up in.
  public let metricColumn: (name: String, scope: MetricScope)?
  /// What a column not in `columns` is, for files with columns named by the run (the swept keys
  /// of `sweep.csv`); nil when every column must be listed.
  public let otherColumns: OutputColumn?
  /// True when columns may be named by metrics (optionally `base.` or `alt.` before the name),
  /// each described by the metric catalogue (`psa.csv`).
  public let metricsAsColumns: Bool

  /// A description.
  public init(
    _ name: String, content: String, columns: [OutputColumn] = [],
    metricColumn: (name: String, scope: MetricScope)? = nil, otherColumns: OutputColumn? = nil,
    metricsAsColumns: Bool = false
  ) {
    self.name = name
    self.content = content
    self.columns = columns
    self.metricColumn = metricColumn
    self.otherColumns = otherColumns
    self.metricsAsColumns = metricsAsColumns
  }

  /// Whether the file is a CSV table.
  public var isTable: Bool { name.hasSuffix(".csv") }

  /// The column with header `name`, or what unlisted columns are, or nil.
  public func column(_ name: String) -> OutputColumn? {
    if let column = columns.first(where: { $0.name == name }) { return column }
    if metricsAsColumns, let column = OutputFileDescription.metricColumn(name) { return column }
    return otherColumns.map { OutputColumn(name, $0.unit, $0.definition) }
  }
}

extension OutputFileDescription {
  /// A column named by a metric (`base.` and `alt.` say whose), described by the catalogue.
  static func metricColumn(_ name: String) -> OutputColumn? {
    var metric = name
    var whose = "Mean over the draw's replications of"
    for (prefix, owner) in [
      ("base.", "BASE's mean over the draw's replications of"), ("alt.", "ALT's mean over the draw's replications of"),
    ]
    where name.hasPrefix(prefix) {
      metric = String(name.dropFirst(prefix.count))
      whose = owner
    }
    let found =
      MetricCatalogue.definition(of: metric) ?? MetricCatalogue.definition(of: metric, in: .comparison)
    guard let found else { return nil }
    let lowered = found.definition.prefix(1).lowercased() + found.definition.dropFirst()
    return OutputColumn(name, ColumnUnit(label: found.unit.label), "\(whose) \(lowered)")
  }
}
