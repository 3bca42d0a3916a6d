import Foundation

/// A patient's crisis clock: a Weibull hazard `multiplier * shape/scale * (t/scale)^(shape-1)`
/// running from `start`, whose multiplier may change while it runs (a link worker taking or
/// leaving the case). The crisis falls when the cumulative hazard reaches a draw from Exp(1).
struct CrisisClock {
  /// The day the untreated or waiting spell began.
  var start = 0.0
  /// The day of the last change of multiplier (or the start).
  var checkpoint = 0.0
  /// Cumulative hazard still to run at `checkpoint` before the crisis.
  var budget = 0.0
  /// The hazard multiplier in force since `checkpoint`.
  var multiplier = 1.0
  /// The day the crisis falls due; infinity when it does not fall while this multiplier lasts.
  var due = Double.infinity
  /// The patient's token when the clock was started; the clock is live while it still matches.
  var token: UInt32 = 0
  /// False until a clock has been started.
  var running = false

  /// The Weibull cumulative hazard of `elapsed` days (multiplier 1).
  static func cumulative(_ elapsed: Double, scale: Double, shape: Double) -> Double {
    elapsed > 0 ? pow(elapsed / scale, shape) : 0
  }

  /// Changes the multiplier at `now` and recomputes the day the crisis falls due.
  mutating func change(multiplier new: Double, at now: Double, scale: Double, shape: Double) {
    let before = CrisisClock.cumulative(checkpoint - start, scale: scale, shape: shape)
    let reached = CrisisClock.cumulative(now - start, scale: scale, shape: shape)
    budget = max(0, budget - multiplier * (reached - before))
    checkpoint = now
    multiplier = new
    due = new > 0 ? start + scale * pow(reached + budget / new, 1 / shape) : .infinity
  }
}
