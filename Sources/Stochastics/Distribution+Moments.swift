#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Exact moments, used by tests and by queueing-theory comparisons.
extension Distribution {
  /// The theoretical mean, shift included.
  public var mean: Double { unshiftedMean + shift }

  /// The theoretical variance (unaffected by shift).
  public var variance: Double {
    switch kind {
    case .exponential(let mean): return mean * mean
    case .erlang(let k, let mean): return mean * mean / Double(k)
    case .gamma(let shape, let scale): return shape * scale * scale
    case .lognormal(let mu, let sigma):
      return (exp(sigma * sigma) - 1) * exp(2 * mu + sigma * sigma)
    case .weibull(let shape, let scale):
      let g1 = tgamma(1 + 1 / shape)
      return scale * scale * (tgamma(1 + 2 / shape) - g1 * g1)
    case .uniform(let min, let max): return (max - min) * (max - min) / 12
    case .triangular(let a, let c, let b):
      return (a * a + b * b + c * c - a * b - a * c - b * c) / 18
    case .fixed: return 0
    case .empirical(let table): return table.variance
    case .bernoulli(let p): return p * (1 - p)
    case .binomial(let n, let p): return Double(n) * p * (1 - p)
    case .poisson(let mean): return mean
    case .negativeBinomial(let mean, let size): return mean + mean * mean / size
    }
  }

  var unshiftedMean: Double {
    switch kind {
    case .exponential(let mean), .erlang(_, let mean), .poisson(let mean),
      .negativeBinomial(let mean, _):
      return mean
    case .gamma(let shape, let scale): return shape * scale
    case .lognormal(let mu, let sigma): return exp(mu + sigma * sigma / 2)
    case .weibull(let shape, let scale): return scale * tgamma(1 + 1 / shape)
    case .uniform(let min, let max): return (min + max) / 2
    case .triangular(let min, let mode, let max): return (min + mode + max) / 3
    case .fixed(let value): return value
    case .empirical(let table): return table.mean
    case .bernoulli(let p): return p
    case .binomial(let n, let p): return Double(n) * p
    }
  }
}
