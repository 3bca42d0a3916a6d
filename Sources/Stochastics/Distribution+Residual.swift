import CGSL

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Draws for people already part-way through something when observation starts.
///
/// A duration D is used as `max(0, D)` (the care model's rule). Someone found mid-stay at a
/// random moment is more likely to be on a long stay than a short one: their whole stay L has
/// the length-biased density `x f(x) / E[D]`, and the time they have left is `U x L` with U
/// uniform on (0, 1), the forward-recurrence (equilibrium) distribution with density
/// `P(D > t) / E[D]` and mean `E[D^2] / (2 E[D])`. A fixed stay D leaves D/2 on average; an
/// exponential one leaves a fresh exponential (no memory).
extension Distribution {
  /// The whole duration of someone found mid-stay: a draw from the length-biased version of
  /// `max(0, D)`, in the distribution's unit. 0 when D is never positive.
  public func sampleLengthBiased(_ stream: RandomStream) -> Double {
    if let bounded = boundedLengthBiased(stream) { return bounded }
    // Unbounded families are never negative unshifted: weight (x + shift)+ = x + shift.
    if shift >= 0 {
      let mean = unshiftedMean
      let takeBiased = stream.uniform() * (mean + shift) < mean
      return (takeBiased ? unshiftedLengthBiased(stream) : sampleUnshifted(stream)) + shift
    }
    // A negative shift: biased draws accepted with probability (x + shift)+ / x <= 1.
    for _ in 0..<Distribution.maximumRejections {
      let x = unshiftedLengthBiased(stream)
      if x + shift > 0, stream.uniform() * x < x + shift { return x + shift }
    }
    return 0
  }

  /// The time left for someone found mid-stay: `U x L`, L length-biased (see the type's note).
  public func sampleResidual(_ stream: RandomStream) -> Double {
    stream.uniform() * sampleLengthBiased(stream)
  }

  /// The time left of a duration already `elapsed` long: a draw of D given D > elapsed, minus
  /// `elapsed`, by rejection with at most `tries` draws; nil when none exceeded `elapsed` (the
  /// elapsed time is beyond the distribution's practical tail).
  public func sampleRemaining(after elapsed: Double, _ stream: RandomStream, tries: Int = 10_000) -> Double? {
    for _ in 0..<tries {
      let whole = sample(stream)
      if whole > elapsed { return whole - elapsed }
    }
    return nil
  }

  /// Draws of bounded families (fixed, uniform, triangular, empirical, Bernoulli, binomial) by
  /// exact forms or by rejection against their largest value; nil for unbounded families.
  func boundedLengthBiased(_ stream: RandomStream) -> Double? {
    switch kind {
    case .fixed(let value):
      return max(0, value + shift)
    case .uniform(let low, let high):
      let a = max(0, low + shift)
      let b = high + shift
      guard b > a else { return max(0, b) }
      return (a * a + stream.uniform() * (b * b - a * a)).squareRoot()
    case .empirical(let table):
      let weights = zip(table.values, table.probabilities).map { max(0, $0 + shift) * $1 }
      let total = weights.reduce(0, +)
      guard total > 0 else { return 0 }
      var u = stream.uniform() * total
      for (value, weight) in zip(table.values, weights) where weight > 0 {
        if u < weight { return value + shift }
        u -= weight
      }
      return (Array(zip(table.values, weights)).last { $0.1 > 0 }?.0 ?? 0) + shift
    case .triangular(_, _, let high):
      return rejectionLengthBiased(largest: high + shift, stream)
    case .bernoulli:
      return rejectionLengthBiased(largest: 1 + shift, stream)
    case .binomial(let n, _):
      return rejectionLengthBiased(largest: Double(n) + shift, stream)
    case .exponential, .erlang, .gamma, .lognormal, .weibull, .poisson, .negativeBinomial:
      return nil
    }
  }

  /// Rejection against the largest value: accept x with probability (x)+ / largest.
  func rejectionLengthBiased(largest: Double, _ stream: RandomStream) -> Double {
    guard largest > 0 else { return 0 }
    for _ in 0..<Distribution.maximumRejections {
      let x = sample(stream)
      if x > 0, stream.uniform() * largest < x { return x }
    }
    return 0
  }

  /// The length-biased draw of an unbounded family without its shift, by its exact form:
  /// exponential and Erlang/gamma gain one shape unit, the lognormal's mu gains sigma^2, a
  /// Weibull's (x/scale)^shape becomes gamma(1 + 1/shape), a Poisson or negative binomial count
  /// is one plus the count of a mean raised by the size-biased gamma.
  func unshiftedLengthBiased(_ stream: RandomStream) -> Double {
    let rng = stream.generator
    switch kind {
    case .exponential(let mean):
      return gsl_ran_gamma(rng, 2, mean)
    case .erlang(let k, let mean):
      return gsl_ran_gamma(rng, Double(k) + 1, mean / Double(k))
    case .gamma(let shape, let scale):
      return gsl_ran_gamma(rng, shape + 1, scale)
    case .lognormal(let mu, let sigma):
      return gsl_ran_lognormal(rng, mu + sigma * sigma, sigma)
    case .weibull(let shape, let scale):
      return scale * pow(gsl_ran_gamma(rng, 1 + 1 / shape, 1), 1 / shape)
    case .poisson(let mean):
      return 1 + Double(gsl_ran_poisson(rng, mean))
    case .negativeBinomial(let mean, let size):
      let poissonMean = gsl_ran_gamma(rng, size + 1, mean / size)
      return 1 + Double(gsl_ran_poisson(rng, Swift.min(poissonMean, Distribution.maximumPoissonMean)))
    case .fixed, .uniform, .triangular, .empirical, .bernoulli, .binomial:
      return sampleUnshifted(stream)
    }
  }

  /// Tries before a rejection sampler gives up and returns 0 (only reached when almost all of
  /// a distribution's mass is at or below zero).
  static let maximumRejections = 100_000
}
