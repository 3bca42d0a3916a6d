/// What a comparison adds to a report: the paired differences ALT − BASE with their 95%
/// intervals, and the net impact (per year and discounted total; negative is a saving).
public struct ReportComparison: Sendable {
  /// The two designs' names.
  public var baseName: String
  public var altName: String
  /// Metric name (as in `metrics.csv`), ALT − BASE mean difference and its interval (nil when
  /// there is none, e.g. one replication or a metric one design lacks).
  public var rows: [(metric: String, diff: Double, low: Double?, high: Double?)]
  /// Net impact lines (e.g. "Year 1", "Discounted total") in pounds, with their intervals.
  public var netImpact: [(label: String, mean: Double, low: Double?, high: Double?)]
  /// The levers' shares of the difference (`--decompose`): each lever with its evidence grade
  /// and, per metric, its share alone and cumulatively; empty without a decomposition.
  public var levers: [(lever: String, grade: String, shares: [(metric: String, alone: Double?, cumulative: Double?)])] =
    []
  /// BASE's and ALT's means by metric, for the side-by-side table (nil: the design lacks it).
  public var means: [String: (base: Double?, alt: Double?)] = [:]
  /// The `--set` overrides applied to both designs, as typed; the title names them.
  public var overrides: [String] = []
  /// The cost-effectiveness rows (`icer`, `icer.sensitivity`, `nmb.<threshold>`): ALT − BASE
  /// (or the ratio) with its interval.
  public var costEffectiveness: [(metric: String, mean: Double, low: Double?, high: Double?)] = []
  /// BASE's per-year summaries by yearly metric name, year 1 first, for charts of both designs.
  public var baseYearly: [String: [MetricSummary]] = [:]

  public init(
    baseName: String, altName: String, rows: [(metric: String, diff: Double, low: Double?, high: Double?)],
    netImpact: [(label: String, mean: Double, low: Double?, high: Double?)] = []
  ) {
    self.baseName = baseName
    self.altName = altName
    self.rows = rows
    self.netImpact = netImpact
  }
}
