import Foundation

/// Steady-state results for the M/M/∞ queue (infinitely many servers): Poisson arrivals
/// at rate `λ`, exponential service with mean `1/μ`. Nobody ever waits.
///
/// The number in system is Poisson with mean `a = λ / μ` (Gross et al., *Fundamentals of
/// Queueing Theory*, 4th ed., §2.7; the result also holds for general service, M/G/∞).
/// Time-valued results are in the time unit of `serviceMean`.
public struct MMInfinity: Sendable, Equatable {
  /// Arrival rate `λ` (customers per time unit).
  public let arrivalRate: Double
  /// Mean service time `1/μ` (time units).
  public let serviceMean: Double

  /// Creates an M/M/∞ model.
  /// - Parameters:
  ///   - lambda: arrival rate `λ`, finite and `>= 0` (customers per time unit).
  ///   - serviceMean: mean service time `1/μ`, finite and `> 0` (time units).
  /// - Returns: `nil` if an input is out of range. The model is always stable.
  public init?(arrivalRate lambda: Double, serviceMean: Double) {
    guard lambda.isFinite, lambda >= 0, serviceMean.isFinite, serviceMean > 0 else {
      return nil
    }
    self.arrivalRate = lambda
    self.serviceMean = serviceMean
  }

  /// Mean number in system (and mean number of busy servers) `L = λ / μ` (customers).
  public var meanInSystem: Double { arrivalRate * serviceMean }

  /// Mean wait in queue, always 0 (time units).
  public var meanWait: Double { 0 }

  /// Mean number waiting, always 0 (customers).
  public var meanQueueLength: Double { 0 }

  /// Mean sojourn `W = 1/μ` (time units): the service time alone.
  public var meanSojourn: Double { serviceMean }

  /// Stationary probability of `n` customers in system, Poisson:
  /// `p_n = e^{-a} a^n / n!`, evaluated in log space so large `n` and `a` do not overflow.
  /// - Parameter n: number in system; negative `n` gives 0.
  /// - Returns: a probability in `[0, 1]`.
  public func probability(ofCount n: Int) -> Double {
    guard n >= 0 else { return 0 }
    let a = meanInSystem
    if a == 0 { return n == 0 ? 1 : 0 }
    let count = Double(n)
    return exp(count * log(a) - a - lgamma(count + 1))
  }
}
