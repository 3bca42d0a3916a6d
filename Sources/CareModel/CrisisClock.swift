import Foundation

/// A patient's crisis clock: a Weibull hazard `multiplier * shape/scale * (t/scale)^(shape-1)`
/// running from `start`, whose multiplier may change while it runs (a link worker taking or
/// leaving the case). The crisis falls when the cumulative hazard reaches a draw from Exp(1).
public struct CrisisClock: Sendable, Equatable {
  /// The day the untreated or waiting spell began.
  public var start = 0.0
  /// The day of the last change of multiplier (or the start).
  public var checkpoint = 0.0
  /// Cumulative hazard still to run at `checkpoint` before the crisis.
  public var budget = 0.0
  /// The hazard multiplier in force since `checkpoint`.
  public var multiplier = 1.0
  /// The day the crisis falls due; infinity when it does not fall while this multiplier lasts.
  public var due = Double.infinity
  /// The patient's token when the clock was started; the clock is live while it still matches.
  public var token: UInt32 = 0
  /// False until a clock has been started.
  public var running = false

  public init(
    start: Double = 0, checkpoint: Double = 0, budget: Double = 0, multiplier: Double = 1,
    due: Double = .infinity, token: UInt32 = 0, running: Bool = false
  ) {
    self.start = start
    self.checkpoint = checkpoint
    self.budget = budget
    self.multiplier = multiplier
    self.due = due
    self.token = token
    self.running = running
  }

  /// The Weibull cumulative hazard of `elapsed` days (multiplier 1).
  public static func cumulative(_ elapsed: Double, scale: Double, shape: Double) -> Double {
    elapsed > 0 ? pow(elapsed / scale, shape) : 0
  }

  /// Changes the multiplier at `now` and recomputes the day the crisis falls due.
  public mutating func change(multiplier new: Double, at now: Double, scale: Double, shape: Double) {
    let before = CrisisClock.cumulative(checkpoint - start, scale: scale, shape: shape)
    let reached = CrisisClock.cumulative(now - start, scale: scale, shape: shape)
    budget = max(0, budget - multiplier * (reached - before))
    checkpoint = now
    multiplier = new
    due = new > 0 ? start + scale * pow(reached + budget / new, 1 / shape) : .infinity
  }
}
