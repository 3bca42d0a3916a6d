/// The unit of a column of an output file, as written in `data-dictionary.csv`.
///
/// Value columns of tidy tables take the unit of the metric on their row (`ofMetric`);
/// identifying columns are text or numbers without a unit.
public struct ColumnUnit: Hashable, Sendable {
  /// The unit as written, e.g. `days`, `unit of the metric`, `text`.
  public let label: String

  /// A unit written as given.
  public init(label: String) { self.label = label }

  /// A metric unit.
  public init(_ unit: MetricUnit) { label = unit.label }

  /// The unit of the metric named on the same row.
  public static let ofMetric = ColumnUnit(label: "unit of the metric")
  /// Names, codes and categories.
  public static let text = ColumnUnit(label: "text")
  /// A number counting from 1 (replications, customers, people).
  public static let index = ColumnUnit(label: "number")
  /// `true` or `false` (empty when it cannot be decided).
  public static let flag = ColumnUnit(label: "true/false")
  /// A projection year from 1, or a label such as `discounted_total`.
  public static let year = ColumnUnit(label: "year")
  /// Replications.
  public static let replications = ColumnUnit(label: "replications")
  /// Years of age.
  public static let age = ColumnUnit(label: "years of age")
  /// Days for care runs, the network's time unit for networks.
  public static let runTime = ColumnUnit(label: "days (care) or time units (network)")
  /// Referrals a year.
  public static let referralsPerYear = ColumnUnit(label: "referrals a year")
  /// Episodes a year.
  public static let episodesPerYear = ColumnUnit(label: "episodes a year")
  /// A probability in [0, 1].
  public static let probability = ColumnUnit(label: "probability")
  /// As the scenario key it names.
  public static let scenarioValue = ColumnUnit(label: "as the scenario key")
  /// A whole file rather than a column.
  public static let file = ColumnUnit(label: "file")
  /// A whole sub-folder.
  public static let folder = ColumnUnit(label: "folder")
}
