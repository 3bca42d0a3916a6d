/// The unit a metric or a column is measured in.
///
/// Care times are in days (a year is 365.25 days); money is in pounds of the scenario's price
/// year; a share is a fraction in [0, 1]. Network times are in the scenario's own `time_unit`.
public enum MetricUnit: String, Sendable, CaseIterable {
  /// Calendar days.
  case days
  /// People (a count of persons, or a time-average of one).
  case people
  /// People a year (the growth of a list).
  case peoplePerYear = "people a year"
  /// A fraction in [0, 1], shown as a percentage.
  case share
  /// Pounds sterling in the scenario's price year.
  case pounds
  /// Quality-adjusted life years (EQ-5D utility x years).
  case qalys = "QALYs"
  /// Pounds of the price year per quality-adjusted life year (an ICER).
  case poundsPerQALY = "pounds per QALY"
  /// Deaths (expected or sampled suicides).
  case deaths
  /// Occupied bed days.
  case bedDays = "bed days"
  /// Referrals.
  case referrals
  /// Admissions to a bed (local or out of area).
  case admissions
  /// Crisis episodes.
  case crises
  /// Reminder telephone calls.
  case calls
  /// Staff working hours.
  case hours
  /// Customers of a queueing network.
  case customers
  /// Engine events.
  case events
  /// The network scenario's `time_unit` (a label; "time" by default).
  case time

  /// The unit as written in `data-dictionary.csv` and the documentation.
  public var label: String { rawValue }
}
