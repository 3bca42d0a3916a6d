import Foundation

/// Expected-value accounting of QALYs lost to suicide: a death at day t ends the utility the
/// person would have accrued from t to the end of the projection.
public enum QALYAccounting {
  /// Utility-days lost to deaths at a constant `rate` (per day) over [from, to), each ending
  /// `utility` x (end - t) days: rate x utility x ((end - from)^2 - (end - to)^2) / 2.
  ///
  /// - Parameters:
  ///   - rate: deaths per person-day (the suicide hazard).
  ///   - utility: the utility the person would have had (0 to 1).
  ///   - from: start of the span (days), <= `to` <= `end`.
  ///   - to: end of the span (days).
  ///   - end: the day the projection closes.
  public static func lostUtilityDays(rate: Double, utility: Double, from: Double, to: Double, end: Double) -> Double {
    let before = end - from
    let after = end - to
    return rate * utility * (before * before - after * after) / 2
  }

  /// Utility-days of the natural course of an episode that starts at `origin`, over [from, to):
  /// symptomatic until it remits at `remissionPerDay`, then recovered, in expectation. The
  /// expected utility at t is recovered - (recovered - symptomatic) e^(-r (t - origin)), so the
  /// integral is recovered (to - from) - (recovered - symptomatic) (e^(-r (from - origin)) -
  /// e^(-r (to - origin))) / r, or symptomatic x (to - from) when r = 0.
  ///
  /// - Parameters:
  ///   - from: start of the span (days), >= `origin`.
  ///   - to: end of the span (days).
  ///   - origin: the day the episode is referred (days).
  ///   - symptomatic: utility while ill; recovered: utility after remission.
  ///   - remissionPerDay: the remission hazard (per day, >= 0).
  public static func naturalCourseUtilityDays(
    from: Double, to: Double, origin: Double, symptomatic: Double, recovered: Double, remissionPerDay: Double
  ) -> Double {
    guard to > from else { return 0 }
    guard remissionPerDay > 0 else { return symptomatic * (to - from) }
    let r = remissionPerDay
    return recovered * (to - from) - (recovered - symptomatic) * (exp(-r * (from - origin)) - exp(-r * (to - origin)))
      / r
  }
}
