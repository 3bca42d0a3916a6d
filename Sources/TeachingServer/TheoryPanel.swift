import CareModel
import Foundation
import Population
import QueueingTheory

/// M/M/c theory for the one-step preset, set beside what the simulation measured.
///
/// The arrival rate is the model's expected new-episode referral rate over the measured window
/// (after warm-up; the area's growth and seasonal cycle included), the service time is the mean
/// place-holding time `(mean sessions - 1) x interval` and `c` is the number of places. Formulas:
/// Gross, Shortle, Thompson & Harris, *Fundamentals of Queueing Theory*, section 2.3; Little's law:
/// J. D. C. Little, *Operations Research* 9(3), 1961.
public struct TheoryPanel: Encodable, Sendable {
  /// "M/M/c".
  public let model = "M/M/c"
  /// True when the one-step run meets the theory's assumptions (no missed sessions, no dropout).
  public let exact: Bool
  /// What the theory assumes, or why it is only a guide.
  public let note: String
  /// lambda: referrals per day.
  public let arrivalRatePerDay: Double
  /// 1 / mu: mean days a place is held.
  public let serviceMeanDays: Double
  /// c: places.
  public let servers: Int
  /// rho = lambda / (c mu).
  public let utilisation: Double
  /// True when rho < 1; otherwise the list grows without end and the waits below are null.
  public let stable: Bool
  /// Erlang C: the probability of having to wait.
  public let probabilityOfWaiting: Double
  /// Erlang C mean wait Wq = C / (c mu - lambda) (days).
  @NullWhenMissing public var waitMeanDays: Double?
  /// Lq = lambda Wq: the mean number waiting (people).
  @NullWhenMissing public var waitingListMean: Double?
  /// Little's law on the simulation itself.
  public let little: LittleCheck
  /// Erlang C mean wait against utilisation for these c and mu (lambda varied).
  public let curve: [CurvePoint]

  /// The theory for `service` of a one-step design.
  init?(design: CareDesign, service: ServiceSpec, inflow: ReferralInflow, little: LittleCheck) {
    guard let sessions = service.sessions else { return nil }
    let measuredDays = design.horizonDays - design.warmupDays
    guard measuredDays > 0 else { return nil }
    let lambda = inflow.expectedReferrals(fromDay: design.warmupDays, toDay: design.horizonDays) / measuredDays
    let holdDays = (sessions.mean - 1) * service.sessionInterval
    let places = service.capacity.capacity(at: design.warmupDays)
    guard let queue = MMc(arrivalRate: lambda, serviceMean: holdDays, servers: places) else { return nil }
    let dna = design.policies.callbacks ? design.policies.callbackDNARate : design.policies.dnaRate
    exact = dna == 0 && design.pathway.dropoutPerSession == 0
    note =
      exact
      ? "Poisson referrals, course lengths close to exponential, \(places) places: an M/M/c queue."
      : "Missed sessions lengthen some courses and end others, so course lengths are no longer "
        + "exponential: the theory (which ignores them) is only a guide."
    arrivalRatePerDay = lambda
    serviceMeanDays = holdDays
    servers = places
    utilisation = queue.utilisation
    stable = queue.isStable
    probabilityOfWaiting = queue.probabilityOfWaiting
    waitMeanDays = Finite.value(queue.meanWait)
    waitingListMean = Finite.value(queue.meanQueueLength)
    self.little = little
    curve = TheoryPanel.curve(serviceMeanDays: holdDays, servers: places)
  }

  /// Mean wait at utilisations from 0.05 to 0.99 for fixed c and mu.
  static func curve(serviceMeanDays: Double, servers: Int) -> [CurvePoint] {
    let percents = Array(stride(from: 5, through: 90, by: 5)) + [92, 94, 95, 96, 97, 98, 99]
    let grid = percents.map { Double($0) / 100 }
    return grid.compactMap { rho in
      let lambda = rho * Double(servers) / serviceMeanDays
      guard let queue = MMc(arrivalRate: lambda, serviceMean: serviceMeanDays, servers: servers),
        let wait = Finite.value(queue.meanWait)
      else { return nil }
      return CurvePoint(utilisation: rho, waitMeanDays: wait)
    }
  }

  /// P(wait = 0) and P(a < wait <= b) in theory: 1 - C, and C (e^(-theta a) - e^(-theta b)) with
  /// theta = c mu - lambda (Gross et al., eq. 2.39). nil when unstable.
  func share(fromDays a: Double, toDays b: Double?) -> Double? {
    guard stable else { return nil }
    let theta = Double(servers) / serviceMeanDays - arrivalRatePerDay
    guard let b else { return probabilityOfWaiting * exp(-theta * a) }
    if b <= 0 { return 1 - probabilityOfWaiting }
    return probabilityOfWaiting * (exp(-theta * a) - exp(-theta * b))
  }
}

/// One point of the wait-against-utilisation curve.
public struct CurvePoint: Encodable, Sendable, Equatable {
  public let utilisation: Double
  public let waitMeanDays: Double
}
