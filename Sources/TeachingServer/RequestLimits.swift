/// The ranges a request's fields must lie in, one set per preset.
///
/// They bound the work of a request, so that no allowed request takes more than about 3 s in a
/// release build on a 2-core machine (measured in `docs/teaching-api.md`). The work is about the
/// events simulated: referrals x sessions per course (each session is an event, up to the main
/// service's places x 365.25 a year) x years x replications, and one-step runs its replications
/// eight times (once, then once per edge of the wait bars), so its ranges are narrower than the
/// Sandwell presets'. Every range still reaches well past the preset's own values: at least twice
/// its staff and sessions and 1.4 times its referrals.
public struct RequestLimits: Sendable, Equatable {
  /// All referrals a week (referrals per week).
  public let referralsPerWeek: ClosedRange<Double>
  /// WTE of the main therapy service.
  public let staffWTE: ClosedRange<Double>
  /// Mean sessions per course of the main therapy service.
  public let sessionsPerCourse: ClosedRange<Double>
  /// Probability of missing a booked session.
  public let dnaRate: ClosedRange<Double>
  /// Replications.
  public let replications: ClosedRange<Int>
  /// Simulated years per replication, warm-up included.
  public let years: ClosedRange<Int>
  /// Master seed.
  public let seed: ClosedRange<Int>

  /// The ranges of `preset`'s requests.
  public static func of(_ preset: Preset) -> RequestLimits {
    switch preset {
    case .oneStep: return oneStep
    case .weeklySessions: return weeklySessions
    case .sandwell2009, .sandwellHub: return sandwell
    }
  }

  /// One-step: an M/M/c queue of 2 WTE x 8 places and about 2.3 referrals a week by default.
  static let oneStep = RequestLimits(
    referralsPerWeek: 0.1...20, staffWTE: 0.5...4, sessionsPerCourse: 2...100, dnaRate: 0...0.5,
    replications: 1...5, years: 1...5, seed: 0...2_147_483_647)

  /// Weekly sessions: the same queue with courses of about 8 weekly sessions by default.
  static let weeklySessions = RequestLimits(
    referralsPerWeek: 0.1...20, staffWTE: 0.5...4, sessionsPerCourse: 2...30, dnaRate: 0...0.5,
    replications: 1...5, years: 1...5, seed: 0...2_147_483_647)

  /// The Sandwell presets: about 210 referrals a week and 20-30 WTE at step 3 by default.
  static let sandwell = RequestLimits(
    referralsPerWeek: 0.1...300, staffWTE: 0.5...60, sessionsPerCourse: 2...30, dnaRate: 0...0.5,
    replications: 1...3, years: 1...3, seed: 0...2_147_483_647)

  /// The widest range of each field over every preset.
  public static let widest: RequestLimits = Preset.allCases.map(of).reduce(oneStep) { wide, next in
    RequestLimits(
      referralsPerWeek: hull(wide.referralsPerWeek, next.referralsPerWeek),
      staffWTE: hull(wide.staffWTE, next.staffWTE),
      sessionsPerCourse: hull(wide.sessionsPerCourse, next.sessionsPerCourse),
      dnaRate: hull(wide.dnaRate, next.dnaRate), replications: hull(wide.replications, next.replications),
      years: hull(wide.years, next.years), seed: hull(wide.seed, next.seed))
  }

  static func hull<Bound: Comparable>(_ a: ClosedRange<Bound>, _ b: ClosedRange<Bound>) -> ClosedRange<Bound> {
    min(a.lowerBound, b.lowerBound)...max(a.upperBound, b.upperBound)
  }
}
