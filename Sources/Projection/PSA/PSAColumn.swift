import Scenario
import Stochastics

/// One drawn column of a probabilistic sensitivity analysis: an input drawn on its own, or one
/// key of a table of joint draws.
public struct PSAColumn: Sendable {
  /// The dotted key.
  public let key: String
  /// How a draw applies (table columns are values).
  public let applies: UncertainInput.Application
  /// The input, for a column drawn on its own.
  public let input: UncertainInput?
  /// The table and column index, for a column of joint draws.
  public let table: (index: Int, column: Int)?
  /// The file that gave the column.
  public let file: String

  /// True when a missing path for this column is an error rather than a reason to leave it out
  /// of a design.
  public var isExplicit: Bool { !(input?.fromDefaults ?? false) }

  /// The distribution's family, or `draws` for a table column.
  public var family: String { input?.distribution.family ?? "draws" }
}
