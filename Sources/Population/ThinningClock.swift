import Stochastics

/// Candidate referral times for thinning a modulated Poisson process, one segment at a time.
///
/// Candidates arrive at `ratePerYear` x the segment's bound (`InflowModulation.thinningSegment`):
/// the growth and cycle bound over the whole run times the step factor in force. A candidate
/// that falls past the segment's end is dropped and the clock restarts at the end with the next
/// segment's bound (exact: the exponential is memoryless). Without step changes the run is one
/// segment, and before the first step change the draws are those of a run without it.
struct ThinningClock {
  let modulation: InflowModulation
  let horizonDays: Double
  let ratePerYear: Double
  /// The segment in force: its bound on the modulation factor and the day it ends.
  private(set) var segment: (bound: Double, end: Double)

  /// A clock for candidates from `startDay` to `horizonDays` at `ratePerYear` x the bound.
  init(modulation: InflowModulation, ratePerYear: Double, startDay: Double, horizonDays: Double) {
    self.modulation = modulation
    self.horizonDays = horizonDays
    self.ratePerYear = ratePerYear
    segment = modulation.thinningSegment(fromDay: startDay, horizonDays: horizonDays)
  }

  /// The bound the candidate's factor is thinned against (the segment's).
  var bound: Double { segment.bound }

  /// The next candidate after `day` (at or past the horizon when there are no more).
  mutating func next(after day: Double, timing: RandomStream) -> Double {
    var from = day
    while true {
      guard segment.bound > 0 else {
        guard segment.end < horizonDays else { return horizonDays }
        from = segment.end
        segment = modulation.thinningSegment(fromDay: from, horizonDays: horizonDays)
        continue
      }
      let candidate = from + timing.exponential(mean: DayCount.perYear / (ratePerYear * segment.bound))
      guard candidate >= segment.end, segment.end < horizonDays else { return candidate }
      from = segment.end
      segment = modulation.thinningSegment(fromDay: from, horizonDays: horizonDays)
    }
  }
}
