import CGSL

extension Distribution {
  /// One draw from this distribution using `stream`; `shift` is added.
  ///
  /// Parameters were validated when the distribution was built, so GSL is never called with
  /// values outside its domain.
  @inlinable
  public func sample(_ stream: RandomStream) -> Double {
    // The commonest case in full here, so a queue's draws need no call into the switch below.
    if case .exponential(let mean) = kind { return gsl_ran_exponential(stream.generator, mean) + shift }
    return sampleUnshifted(stream) + shift
  }

  @inlinable
  func sampleUnshifted(_ stream: RandomStream) -> Double {
    let rng = stream.generator
    switch kind {
    case .exponential(let mean):
      return gsl_ran_exponential(rng, mean)
    case .erlang(let k, let mean):
      return gsl_ran_gamma(rng, Double(k), mean / Double(k))
    case .gamma(let shape, let scale):
      return gsl_ran_gamma(rng, shape, scale)
    case .lognormal(let mu, let sigma):
      return gsl_ran_lognormal(rng, mu, sigma)
    case .weibull(let shape, let scale):
      return gsl_ran_weibull(rng, scale, shape)
    case .uniform(let min, let max):
      return gsl_ran_flat(rng, min, max)
    case .triangular(let min, let mode, let max):
      return Distribution.triangularInverse(
        gsl_rng_uniform(rng), min: min, mode: mode, max: max)
    case .fixed(let value):
      return value
    case .empirical(let table):
      return table.sample(stream)
    case .bernoulli(let p):
      return Double(gsl_ran_bernoulli(rng, p))
    case .binomial(let n, let p):
      return Double(gsl_ran_binomial(rng, p, UInt32(n)))
    case .poisson(let mean):
      return Double(gsl_ran_poisson(rng, mean))
    case .negativeBinomial(let mean, let size):
      // gsl_ran_negative_binomial's own steps: a gamma-distributed Poisson mean, with that mean
      // cut to maximumPoissonMean so a rare huge gamma draw cannot stall gsl_ran_poisson.
      let poissonMean = gsl_ran_gamma(rng, size, 1) * (mean / size)
      return Double(gsl_ran_poisson(rng, Swift.min(poissonMean, Distribution.maximumPoissonMean)))
    }
  }

  /// Inverse CDF of the triangular distribution at u in [0, 1).
  @inlinable
  static func triangularInverse(_ u: Double, min: Double, mode: Double, max: Double) -> Double {
    let split = (mode - min) / (max - min)
    if u < split {
      return min + ((max - min) * (mode - min) * u).squareRoot()
    }
    return max - ((max - min) * (max - mode) * (1 - u)).squareRoot()
  }
}
