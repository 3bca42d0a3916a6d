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

  /// Expected suicides of an episode's natural course (no service) referred at `origin`, over
  /// [from, to): ill at `ill` per day until remission at `remissionPerDay`, then at `recovered`
  /// for `window` days, then at `well`. At x = t - origin the hazard is
  /// well + (ill - recovered) e^(-r x) + (recovered - well) e^(-r max(0, x - window)), so the
  /// integral is well L + (ill - recovered) E + (recovered - well) F with L the span's length,
  /// E the integral of e^(-r x) and F that of e^(-r max(0, x - window)).
  public static func naturalCourseDeaths(
    from: Double, to: Double, origin: Double, ill: Double, recovered: Double, well: Double,
    remissionPerDay r: Double, window: Double
  ) -> Double {
    let x1 = max(0, from - origin)
    let x2 = max(x1, to - origin)
    let length = x2 - x1
    guard length > 0 else { return 0 }
    let decay = { (a: Double, b: Double) in r > 0 ? (exp(-r * a) - exp(-r * b)) / r : b - a }
    let e = decay(x1, x2)
    let withinWindow = max(0, min(x2, window) - x1)
    let f = withinWindow + decay(max(x1, window) - window, max(x2, window) - window)
    return well * length + (ill - recovered) * e + (recovered - well) * f
  }
}
