import Foundation
import Population
import Presentation
import Scenario

/// Calendar dates for the report, counted from a run's start date (UTC, Gregorian), so labels do
/// not depend on the machine's time zone or locale.
struct ReportDates: Sendable {
  /// Day 0 of the run.
  let start: Date?

  init(startDate: String) { start = DurationText.parseDate(startDate) }

  static let monthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
  static let longMonthNames = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
    "November", "December",
  ]

  /// Year, month (1-12) and day of the date `days` after the start, rounded to the nearest day.
  func components(days: Double) -> (year: Int, month: Int, day: Int)? {
    guard let start else { return nil }
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
    let date = start.addingTimeInterval((days.rounded()) * 86_400)
    let parts = calendar.dateComponents([.year, .month, .day], from: date)
    guard let year = parts.year, let month = parts.month, let day = parts.day else { return nil }
    return (year, month, day)
  }

  /// A duration in words: "1 year", "6 weeks", "2.5 days" (whole years of 365.25 days and whole
  /// weeks first).
  static func duration(_ days: Double) -> String {
    let years = days / DayCount.perYear
    if days >= 365, abs(years - years.rounded()) < 1e-9 {
      return "\(Int(years.rounded())) \(years.rounded() == 1 ? "year" : "years")"
    }
    if days >= 14, days.truncatingRemainder(dividingBy: 7) == 0 { return "\(Int(days / 7)) weeks" }
    return "\(ReportNumber.compact(days)) \(days == 1 ? "day" : "days")"
  }

  /// Days from the start to the same calendar day `years` later (a tick on a time axis).
  func anniversary(years: Int) -> Double? {
    guard let start else { return nil }
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
    guard let date = calendar.date(byAdding: .year, value: years, to: start) else { return nil }
    return date.timeIntervalSince(start) / 86_400
  }

  /// "1 April 2012".
  func long(days: Double) -> String {
    guard let parts = components(days: days) else { return "day \(Int(days.rounded()))" }
    return "\(parts.day) \(ReportDates.longMonthNames[parts.month - 1]) \(parts.year)"
  }

  /// "Apr 2012", for time axes.
  func monthYear(days: Double) -> String {
    guard let parts = components(days: days) else { return "day \(Int(days.rounded()))" }
    return "\(ReportDates.monthNames[parts.month - 1]) \(parts.year)"
  }

  /// A projection year's label: "2012/13" for a year starting after January, "2012" for one
  /// starting on 1 January.
  func yearLabel(startingAt days: Double) -> String {
    guard let parts = components(days: days) else { return "Year" }
    if parts.month == 1 && parts.day == 1 { return String(parts.year) }
    let next = (parts.year + 1) % 100
    return "\(parts.year)/\(next < 10 ? "0" : "")\(next)"
  }
}
