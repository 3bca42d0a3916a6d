import Stochastics

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Time from recovery to relapse: a piecewise-exponential hazard.
///
/// The hazard is 0.091 a month in months 0-6 and 0.035 a month in months 6-12 (derived from
/// Ali et al 2017, Behav Res Ther: 42% relapsed by 6 months and 53% by 12 months after recovery
/// from low-intensity CBT), and 0.015 a month after 12 months (an assumption inside the sheet's
/// 0.01-0.02 range). A month is 365.25 / 12 days. Every draw is a finite number of days; the care
/// model decides whether a relapse falls inside the run.
public enum RelapseSampler {
  /// Monthly hazards and the month each starts at.
  public static let pieces: [(startMonth: Double, hazardPerMonth: Double)] = [
    (0, 0.091), (6, 0.035), (12, 0.015),
  ]

  /// Days from recovery to relapse, by inversion with one uniform from `stream`.
  public static func daysToRelapse(_ stream: RandomStream) -> Double {
    days(forCumulativeHazard: -log(stream.uniformPositive()))
  }

  /// The day at which the cumulative hazard reaches `target` (>= 0).
  public static func days(forCumulativeHazard target: Double) -> Double {
    var remaining = target
    for (index, piece) in pieces.enumerated() {
      let end = index + 1 < pieces.count ? pieces[index + 1].startMonth : Double.infinity
      let available = (end - piece.startMonth) * piece.hazardPerMonth
      if remaining <= available {
        return (piece.startMonth + remaining / piece.hazardPerMonth) * DayCount.perMonth
      }
      remaining -= available
    }
    return Double.greatestFiniteMagnitude
  }

  /// Probability of relapse within `days` of recovery: 1 - exp(-cumulative hazard).
  public static func probability(withinDays days: Double) -> Double {
    let months = Swift.max(0, days) / DayCount.perMonth
    var hazard = 0.0
    for (index, piece) in pieces.enumerated() {
      let end = index + 1 < pieces.count ? pieces[index + 1].startMonth : Double.infinity
      guard months > piece.startMonth else { break }
      hazard += (Swift.min(months, end) - piece.startMonth) * piece.hazardPerMonth
    }
    return 1 - exp(-hazard)
  }
}
