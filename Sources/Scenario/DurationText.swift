import CareModel
import Foundation
import Population

/// Durations and dates in care scenarios, converted to days in one place.
///
/// `5y` (a year is 365.25 days), `6m` (a month is a twelfth of a year, 30.4375 days), `26w`,
/// `180d`, `28wd` (working days, 7/5 calendar days each), or a bare number of days. Dates are
/// ISO `YYYY-MM-DD`.
public enum DurationText {
  /// Calendar days per working day.
  public static let calendarDaysPerWorkingDay = 7.0 / 5.0
  /// Days per month: a twelfth of a 365.25-day year.
  public static let daysPerMonth = DayCount.perYear / 12

  /// Days in `text`, or nil when it is not a duration.
  public static func days(_ text: String) -> Double? {
    let trimmed = text.trimmingCharacters(in: .whitespaces).lowercased()
    let units: [(suffix: String, days: Double)] = [
      ("wd", calendarDaysPerWorkingDay), ("y", DayCount.perYear), ("m", daysPerMonth), ("w", 7), ("d", 1),
    ]
    for unit in units where trimmed.hasSuffix(unit.suffix) {
      guard let number = Double(trimmed.dropLast(unit.suffix.count)), (number * unit.days).isFinite else {
        return nil
      }
      return number * unit.days
    }
    guard let number = Double(trimmed), number.isFinite else { return nil }
    return number
  }

  /// The allowed text of a duration from `minimum` to `maximum` days.
  public static func allowed(minimum: Double, maximum: Double) -> String {
    let years = maximum / 365.25
    let top = years.rounded() == years ? "\(ScenarioLimits.text(years))y" : "\(ScenarioLimits.text(maximum)) days"
    return "a duration such as 5y, 6m, 26w, 180d, 28wd or a number of days, from \(ScenarioLimits.text(minimum)) days"
      + " to \(top)"
  }

  /// Days from `start` to `date` (both ISO dates), or nil when either is not a date.
  public static func days(from start: String, to date: String) -> Double? {
    guard let a = parseDate(start), let b = parseDate(date) else { return nil }
    return b.timeIntervalSince(a) / 86_400
  }

  /// An ISO date at midnight UTC, in the years `ScenarioLimits.years` (1900 to 2200).
  public static func parseDate(_ text: String) -> Date? {
    guard let year = text.split(separator: "-", omittingEmptySubsequences: false).first.flatMap({ Int($0) }),
      ScenarioLimits.years.contains(year)
    else { return nil }
    return CareCalendar.parseDate(text)
  }
}

extension MappingReader {
  /// A duration in days (`5y`, `26w`, `180d`, `28wd`, or a number of days), from `minimum` to
  /// `maximum` days (by default `ScenarioLimits.maximumDurationDays`, 1,000 years).
  public func days(
    _ key: String, minimum: Double = 0, maximum: Double = ScenarioLimits.maximumDurationDays
  ) throws -> Double? {
    guard let text = try string(key) else { return nil }
    let allowed = DurationText.allowed(minimum: minimum, maximum: maximum)
    guard let days = DurationText.days(text) else {
      throw error(key, "'\(text)' is not a duration", allowed: allowed)
    }
    guard days >= minimum else { throw error(key, "\(text) is too short", allowed: allowed) }
    guard days <= maximum else { throw error(key, "\(text) is too long", allowed: allowed) }
    return days
  }

  /// A probability (0...1).
  public func probability(_ key: String) throws -> Double? {
    try double(key, in: 0...1, allowed: "a probability from 0 to 1")
  }
}
