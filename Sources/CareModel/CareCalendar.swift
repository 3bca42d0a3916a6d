import Foundation

/// Calendar dates of care runs: ISO dates at midnight UTC, and the day of the year that drives
/// the seasonal cycle of referrals.
public enum CareCalendar {
  /// Seconds in a calendar day.
  public static let secondsPerDay = 86_400.0

  /// An ISO date (`YYYY-MM-DD`) at midnight UTC, or nil when it is not a real date.
  public static func parseDate(_ text: String) -> Date? {
    let fields = text.split(separator: "-", omittingEmptySubsequences: false)
    let parts = fields.compactMap { Int($0) }
    guard fields.count == 3, parts.count == 3, (1...12).contains(parts[1]), (1...31).contains(parts[2]) else {
      return nil
    }
    var components = DateComponents()
    components.year = parts[0]
    components.month = parts[1]
    components.day = parts[2]
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
    guard let date = calendar.date(from: components),
      calendar.component(.day, from: date) == parts[2]
    else { return nil }
    return date
  }

  /// The ISO date `days` whole days after `startDate`, or nil when it cannot be read.
  public static func isoDate(_ startDate: String, plusDays days: Double) -> String? {
    guard let start = parseDate(startDate) else { return nil }
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
    guard let date = calendar.date(byAdding: .day, value: Int(days.rounded(.down)), to: start) else { return nil }
    let parts = calendar.dateComponents([.year, .month, .day], from: date)
    guard let year = parts.year, let month = parts.month, let day = parts.day else { return nil }
    return String(format: "%04d-%02d-%02d", year, month, day)
  }

  /// Day of the year (0 = 1 January) of an ISO date; 0 when the date cannot be read.
  public static func dayOfYear(_ date: String) -> Double {
    guard let day = parseDate(date), let january = parseDate(String(date.prefix(4)) + "-01-01") else { return 0 }
    return day.timeIntervalSince(january) / secondsPerDay
  }

  /// Day offsets from `startDate` of the first day of each calendar month (midnight, the end of
  /// the month before) with `after < day <= through`; empty when the date cannot be read.
  public static func monthStarts(startDate: String, after: Double, through: Double) -> [Double] {
    guard let start = parseDate(startDate) else { return [] }
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
    var components = calendar.dateComponents([.year, .month], from: start)
    components.day = 1
    guard var month = calendar.date(from: components) else { return [] }
    var days: [Double] = []
    while true {
      guard let next = calendar.date(byAdding: .month, value: 1, to: month) else { break }
      month = next
      let day = month.timeIntervalSince(start) / secondsPerDay
      if day > through + 1e-9 { break }
      if day > after + 1e-9 { days.append(day) }
    }
    return days
  }
}
