import Foundation

/// Steady-state results for the M/M/c queue: Poisson arrivals at rate `λ`, exponential
/// service with mean `1/μ`, `c` identical servers, unlimited waiting room, FCFS.
///
/// Formulas follow Gross, Shortle, Thompson & Harris, *Fundamentals of Queueing Theory*
/// (4th ed.), §2.3, with the probability of waiting from ``Erlang/c(servers:offeredLoad:)``.
/// Time-valued results are in the time unit of `serviceMean`; rates are per that unit.
///
/// **Unstable queues.** A queue with `ρ >= 1` can still be constructed (check
/// ``isStable``). Its waiting metrics (``meanWait``, ``meanQueueLength``,
/// ``meanSojourn``, ``meanInSystem``, ``waitQuantile(_:)``) are `Double.infinity`,
/// ``probabilityOfWaiting`` is 1 and ``probabilityWaitExceeds(_:)`` is 1.
public struct MMc: Sendable, Equatable {
  /// Arrival rate `λ` (customers per time unit).
  public let arrivalRate: Double
  /// Mean service time `1/μ` (time units).
  public let serviceMean: Double
  /// Number of servers `c`.
  public let servers: Int

  /// Creates an M/M/c model.
  ///
  /// - Parameters:
  ///   - lambda: arrival rate `λ`, finite and `>= 0` (customers per time unit).
  ///   - serviceMean: mean service time `1/μ`, finite and `> 0` (time units).
  ///   - servers: number of servers `c >= 1`.
  /// - Returns: `nil` if any input is out of range. Unstable inputs (`ρ >= 1`) are
  ///   accepted; see ``isStable``.
  public init?(arrivalRate lambda: Double, serviceMean: Double, servers: Int) {
    guard lambda.isFinite, lambda >= 0,
      serviceMean.isFinite, serviceMean > 0,
      servers >= 1
    else { return nil }
    self.arrivalRate = lambda
    self.serviceMean = serviceMean
    self.servers = servers
  }

  /// Service rate per server `μ = 1 / serviceMean` (customers per time unit).
  public var serviceRate: Double { 1 / serviceMean }

  /// Offered load `a = λ / μ` (erlangs): mean number of busy servers when stable.
  public var offeredLoad: Double { arrivalRate * serviceMean }

  /// Server utilisation `ρ = λ / (c μ)` (dimensionless).
  public var utilisation: Double { offeredLoad / Double(servers) }

  /// `true` when `ρ < 1`, i.e. a steady state exists.
  public var isStable: Bool { utilisation < 1 }

  /// Probability that an arrival has to wait, Erlang C `C(c, a)` (dimensionless).
  /// Equals 1 when the queue is unstable.
  public var probabilityOfWaiting: Double {
    Erlang.c(servers: servers, offeredLoad: offeredLoad)
  }

  /// Rate at which the waiting-time tail decays, `c μ - λ` (per time unit).
  private var drainRate: Double { Double(servers) * serviceRate - arrivalRate }

  /// Mean wait in queue `Wq = C / (c μ - λ)` (time units); `infinity` if unstable.
  public var meanWait: Double {
    guard isStable else { return .infinity }
    // Written as C E[S] / (c - a) so that a == 0 gives exactly 0.
    return probabilityOfWaiting * serviceMean / (Double(servers) - offeredLoad)
  }

  /// Mean number waiting `Lq = λ Wq` (customers); `infinity` if unstable.
  public var meanQueueLength: Double {
    guard isStable else { return .infinity }
    return arrivalRate * meanWait
  }

  /// Mean sojourn (time in system) `W = Wq + 1/μ` (time units); `infinity` if unstable.
  public var meanSojourn: Double {
    guard isStable else { return .infinity }
    return meanWait + serviceMean
  }

  /// Mean number in system `L = λ W` (customers); `infinity` if unstable.
  public var meanInSystem: Double {
    guard isStable else { return .infinity }
    return arrivalRate * meanSojourn
  }

  /// Probability that the FCFS wait in queue exceeds `t`,
  /// `P(Wq > t) = C exp(-(c μ - λ) t)` for `t >= 0` (Gross et al., eq. 2.39).
  ///
  /// - Parameter t: time threshold (time units). For `t < 0` the result is 1.
  /// - Returns: a probability in `[0, 1]`; 1 if the queue is unstable.
  public func probabilityWaitExceeds(_ t: Double) -> Double {
    guard isStable else { return 1 }
    guard t >= 0 else { return 1 }
    return probabilityOfWaiting * exp(-drainRate * t)
  }

  /// The `p`-quantile of the wait in queue, the smallest `t >= 0` with
  /// `P(Wq <= t) >= p`: `max(0, ln(C / (1 - p)) / (c μ - λ))`.
  ///
  /// Because `P(Wq = 0) = 1 - C`, every quantile with `p <= 1 - C` is 0.
  ///
  /// - Parameter p: probability level in `[0, 1]`.
  /// - Returns: the quantile (time units); `infinity` for `p == 1` or an unstable queue.
  /// - Precondition: `0 <= p <= 1`.
  public func waitQuantile(_ p: Double) -> Double {
    precondition(p >= 0 && p <= 1, "MMc.waitQuantile: p must lie in [0, 1]")
    guard isStable else { return .infinity }
    if p == 1 { return probabilityOfWaiting > 0 ? .infinity : 0 }
    let waiting = probabilityOfWaiting
    guard waiting > 0 else { return 0 }
    return max(0, log(waiting / (1 - p)) / drainRate)
  }
}
