import Foundation

/// Steady-state results for the M/M/c/K queue: Poisson arrivals at rate `λ`, exponential
/// service with mean `1/μ`, `c` servers and room for `K` customers in total (in service
/// plus waiting, `K >= c`). Arrivals that find `K` present are lost.
///
/// The birth–death balance equations give, with `a = λ / μ` and `ρ = a / c`,
/// `p_n ∝ a^n / n!` for `n <= c` and `p_n ∝ a^c / c! · ρ^(n-c)` for `c < n <= K`
/// (Gross, Shortle, Thompson & Harris, *Fundamentals of Queueing Theory*, 4th ed., §2.5).
/// The weights are accumulated as log ratios and normalised after subtracting the largest,
/// so `K` of several thousand works even with `ρ > 1`. The model is stable for any `λ`.
/// Time-valued results are in the time unit of `serviceMean`.
public struct MMcK: Sendable, Equatable {
  /// Arrival rate `λ` offered to the system (customers per time unit).
  public let arrivalRate: Double
  /// Mean service time `1/μ` (time units).
  public let serviceMean: Double
  /// Number of servers `c`.
  public let servers: Int
  /// System capacity `K`: the most customers present at once, including those in service.
  public let capacity: Int
  /// Stationary distribution `p_0 ... p_K` of the number in system (sums to 1).
  public let stationaryDistribution: [Double]

  /// Creates an M/M/c/K model and computes its stationary distribution in O(K).
  ///
  /// - Parameters:
  ///   - lambda: arrival rate `λ`, finite and `>= 0` (customers per time unit).
  ///   - serviceMean: mean service time `1/μ`, finite and `> 0` (time units).
  ///   - servers: number of servers `c >= 1`.
  ///   - capacity: total places `K >= c`.
  /// - Returns: `nil` if any input is out of range.
  public init?(arrivalRate lambda: Double, serviceMean: Double, servers: Int, capacity: Int) {
    guard lambda.isFinite, lambda >= 0,
      serviceMean.isFinite, serviceMean > 0,
      servers >= 1, capacity >= servers
    else { return nil }
    self.arrivalRate = lambda
    self.serviceMean = serviceMean
    self.servers = servers
    self.capacity = capacity
    self.stationaryDistribution = Self.distribution(
      offeredLoad: lambda * serviceMean, servers: servers, capacity: capacity)
  }

  /// Log-space evaluation of `p_n`: `log w_n = log w_{n-1} + log a - log min(n, c)`.
  private static func distribution(offeredLoad a: Double, servers c: Int, capacity k: Int)
    -> [Double]
  {
    if a == 0 {
      var zeroLoad = [Double](repeating: 0, count: k + 1)
      zeroLoad[0] = 1
      return zeroLoad
    }
    let logLoad = log(a)
    var logWeights = [Double](repeating: 0, count: k + 1)
    var largest = 0.0
    for n in stride(from: 1, through: k, by: 1) {
      logWeights[n] = logWeights[n - 1] + logLoad - log(Double(min(n, c)))
      largest = max(largest, logWeights[n])
    }
    let weights = logWeights.map { exp($0 - largest) }
    let total = weights.reduce(0, +)
    return weights.map { $0 / total }
  }

  /// Service rate per server `μ = 1 / serviceMean` (customers per time unit).
  public var serviceRate: Double { 1 / serviceMean }

  /// Offered load `a = λ / μ` (erlangs).
  public var offeredLoad: Double { arrivalRate * serviceMean }

  /// Stationary probability `p_n` of `n` customers present; 0 outside `0...K`.
  public func probability(ofCount n: Int) -> Double {
    stationaryDistribution.indices.contains(n) ? stationaryDistribution[n] : 0
  }

  /// Probability an arrival is lost, `p_K` (PASTA). With `K == c` this is Erlang B.
  public var lossProbability: Double { probability(ofCount: capacity) }

  /// Rate of admitted customers `λ_eff = λ (1 - p_K)` (customers per time unit).
  public var effectiveArrivalRate: Double { arrivalRate * (1 - lossProbability) }

  /// Mean number of busy servers `Σ min(n, c) p_n` (equals `λ_eff / μ`).
  public var meanBusyServers: Double {
    var sum = 0.0
    for (n, p) in stationaryDistribution.enumerated() { sum += Double(min(n, servers)) * p }
    return sum
  }

  /// Server utilisation: mean busy servers divided by `c` (dimensionless, in `[0, 1]`).
  public var utilisation: Double { meanBusyServers / Double(servers) }

  /// Mean number waiting `Lq = Σ_{n>c} (n - c) p_n` (customers).
  public var meanQueueLength: Double {
    var sum = 0.0
    for (n, p) in stationaryDistribution.enumerated() where n > servers {
      sum += Double(n - servers) * p
    }
    return sum
  }

  /// Mean number in system `L = Σ n p_n` (customers).
  public var meanInSystem: Double {
    var sum = 0.0
    for (n, p) in stationaryDistribution.enumerated() { sum += Double(n) * p }
    return sum
  }

  /// Mean wait in queue of admitted customers, `Wq = Lq / λ_eff` by Little's law
  /// (time units); 0 when nothing is admitted.
  public var meanWait: Double {
    let admitted = effectiveArrivalRate
    return admitted > 0 ? meanQueueLength / admitted : 0
  }

  /// Mean sojourn of admitted customers, `W = Wq + 1/μ` (equals `L / λ_eff`; time units).
  public var meanSojourn: Double { meanWait + serviceMean }

  /// Probability that an admitted customer has to wait: `Σ_{c<=n<K} p_n / (1 - p_K)`.
  public var probabilityOfWaiting: Double {
    let admitted = 1 - lossProbability
    guard admitted > 0 else { return 0 }
    var sum = 0.0
    for n in stride(from: servers, to: capacity, by: 1) { sum += stationaryDistribution[n] }
    return sum / admitted
  }
}
