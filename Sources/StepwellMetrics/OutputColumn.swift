/// One column of an output file: its header, unit and meaning.
public struct OutputColumn: Sendable, Equatable {
  /// The header, e.g. `ci_low`.
  public let name: String
  /// The unit of its cells.
  public let unit: ColumnUnit
  /// One line saying what it holds.
  public let definition: String

  /// A column.
  public init(_ name: String, _ unit: ColumnUnit, _ definition: String) {
    self.name = name
    self.unit = unit
    self.definition = definition
  }
}
