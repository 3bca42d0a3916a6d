import Foundation
import Population

/// How a staffed service's clinical capacity moves through the calendar year: lower in the
/// summer holiday and the two Christmas weeks, higher the rest of the year, so that each
/// calendar year's mean is unchanged (leave is moved, not added).
///
/// Windows, in the run's calendar (`start_date`):
/// - summer: 15 July to 31 August (48 days), capacity x `summer`;
/// - Christmas: 22 December to 4 January (14 days: 10 at the end of one calendar year and 4 at
///   the start of the next), capacity x `christmas`;
/// - the rest of calendar year Y (L days, 365 or 366): x `r = (L - 48 summer - 14 christmas) / (L - 62)`,
///   so the factor's integral over every calendar year is exactly L.
public struct SeasonalCapacity: Sendable, Hashable {
  /// Relative capacity in the summer holiday (0.1 to 2; 1 = as the rest of the year).
  public var summer: Double
  /// Relative capacity in the two Christmas weeks (0.1 to 2; 1 = as the rest of the year).
  public var christmas: Double

  /// No seasonal pattern: capacity is the same all year.
  public static let flat = SeasonalCapacity(summer: 1, christmas: 1)

  /// Days of the summer window (15 July to 31 August).
  public static let summerDays = 48.0
  /// Days of the Christmas window (22 December to 4 January), counted in every calendar year:
  /// 10 at its end and 4 at its start.
  public static let christmasDays = 14.0

  public init(summer: Double, christmas: Double) {
    self.summer = summer
    self.christmas = christmas
  }

  /// True when capacity does not move with the season.
  public var isFlat: Bool { summer == 1 && christmas == 1 }

  /// The factor outside the two windows in a calendar year of `yearDays` days (365 or 366):
  /// what keeps the year's mean at 1.
  public func restFactor(yearDays: Double) -> Double {
    let windows = SeasonalCapacity.summerDays + SeasonalCapacity.christmasDays
    return (yearDays - SeasonalCapacity.summerDays * summer - SeasonalCapacity.christmasDays * christmas)
      / (yearDays - windows)
  }

  /// The factor on a calendar day (`month` 1...12, `day` 1...31) of a year of `yearDays` days.
  public func factor(month: Int, day: Int, yearDays: Double) -> Double {
    if (month == 12 && day >= 22) || (month == 1 && day <= 4) { return christmas }
    if (month == 7 && day >= 15) || month == 8 { return summer }
    return restFactor(yearDays: yearDays)
  }

  /// The factor over a run starting on `startDate` (ISO) and lasting `horizonDays`: a list of
  /// (day from the start, factor) from day 0, each holding until the next. `[(0, 1)]` when flat
  /// or when the date cannot be read.
  public func profile(startDate: String, horizonDays: Double) -> [(day: Double, factor: Double)] {
    guard !isFlat, let start = CareCalendar.parseDate(startDate) else { return [(0, 1)] }
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
    let first = calendar.dateComponents([.year, .month, .day], from: start)
    guard let startYear = first.year, let startMonth = first.month, let startDay = first.day else { return [(0, 1)] }
    var profile = [(day: 0.0, factor: factor(month: startMonth, day: startDay, yearDays: yearDays(startYear)))]
    let lastYear = startYear + Int((horizonDays / DayCount.perYear).rounded(.up)) + 1
    for year in startYear...lastYear {
      let rest = restFactor(yearDays: yearDays(year))
      for (month, day, value) in [(1, 5, rest), (7, 15, summer), (9, 1, rest), (12, 22, christmas)] {
        guard let date = calendar.date(from: DateComponents(year: year, month: month, day: day)) else { continue }
        let offset = date.timeIntervalSince(start) / CareCalendar.secondsPerDay
        if offset > 0, offset < horizonDays { profile.append((offset, value)) }
      }
    }
    return profile
  }

  /// Days in calendar year `year` (Gregorian).
  func yearDays(_ year: Int) -> Double {
    let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    return leap ? 366 : 365
  }
}
