/// The name of a metric kept per projection year (`projection.csv`, `costs.csv`).
///
/// A yearly name drops the `.per_year` of its whole-run counterpart: the yearly `beddays` is
/// that year's bed days and `beddays.per_year` in `metrics.csv` their mean over the years.
public struct YearMetricKey: Hashable, Sendable, CustomStringConvertible, ExpressibleByStringLiteral {
  /// The name as written in `projection.csv`.
  public let name: String

  /// A key for the given name.
  public init(_ name: String) { self.name = name }

  public init(stringLiteral name: String) { self.name = name }

  public var description: String { name }

  /// The whole-run metric that averages this one over the years: `name.per_year`.
  public var perYear: MetricKey { MetricKey(name + ".per_year") }

  /// The cost of one category in one year: `cost.<category>` (pounds, undiscounted).
  public static func cost(_ category: CostCategory) -> YearMetricKey { YearMetricKey("cost.\(category.rawValue)") }

  /// The cost one payer bears in one year: `cost.<payer>` (pounds, undiscounted).
  public static func cost(_ payer: CostPayer) -> YearMetricKey { YearMetricKey("cost.\(payer.rawValue)") }

  public static let referrals: YearMetricKey = "referrals"
  /// People waiting for assessment or first treatment at the year's last month end.
  public static let pathwayWaitingCount: YearMetricKey = "pathway.waiting.count"
  /// A service's list at the year's last month end: `service.<id>.waiting.count`.
  public static func serviceWaitingCount(_ id: String) -> YearMetricKey { YearMetricKey("service.\(id).waiting.count") }
  public static let newReferrals: YearMetricKey = "referrals.new"
  public static let firstSessions: YearMetricKey = "treatment.first_sessions"
  public static let waitFirstTreatmentMean: YearMetricKey = "pathway.wait_first_treatment.mean"
  public static let within18Weeks: YearMetricKey = "pathway.within_18_weeks"
  public static let recoveryRate: YearMetricKey = "recovery.rate"
  public static let recoveries: YearMetricKey = "recoveries"
  public static let crises: YearMetricKey = "crises"
  public static let admissions: YearMetricKey = "secondary.admissions"
  public static let admissionsOutOfArea: YearMetricKey = "secondary.admissions.out_of_area"
  public static let bedDays: YearMetricKey = "beddays"
  public static let bedDaysOutOfArea: YearMetricKey = "beddays.out_of_area"
  public static let suicidesExpected: YearMetricKey = "suicides.expected"
  public static let suicidesExpectedPopulation: YearMetricKey = "suicides.expected.population"
  public static let suicidesSampled: YearMetricKey = "suicides.sampled"
  public static let purposefulValue: YearMetricKey = "value.purposeful_years"
  public static let suicidesValue: YearMetricKey = "value.suicides"
  public static let costTotal: YearMetricKey = cost(CostCategory.total)
  /// QALYs accrued by people referred in the year, less those lost to expected suicides.
  public static let qaly: YearMetricKey = "qaly"
  /// QALYs gained in the year against the natural course of the episodes referred.
  public static let qalyGained: YearMetricKey = "qaly.gained"
}
