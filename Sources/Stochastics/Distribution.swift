#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A validated probability distribution, sampled with GSL.
///
/// Build one with the throwing factories (`exponential(mean:)`, `lognormal(mean:sd:)`, ...): they
/// check every parameter before GSL can see it, so a `Distribution` that exists is valid.
/// Every draw has `shift` added to it. Times are in the caller's unit (days in care scenarios).
public struct Distribution: Sendable, Hashable {
  /// The family and its canonical parameters.
  public enum Kind: Sendable, Hashable {
    /// Exponential with `mean` (> 0).
    case exponential(mean: Double)
    /// Erlang: the sum of `k` exponentials, total `mean`.
    case erlang(k: Int, mean: Double)
    /// Gamma with `shape` and `scale` (both > 0); mean = shape x scale.
    case gamma(shape: Double, scale: Double)
    /// Lognormal: exp of a normal with mean `mu` and standard deviation `sigma` (> 0).
    case lognormal(mu: Double, sigma: Double)
    /// Weibull with `shape` k and `scale` lambda (both > 0).
    case weibull(shape: Double, scale: Double)
    /// Uniform on [min, max).
    case uniform(min: Double, max: Double)
    /// Triangular on [min, max] with peak at `mode`.
    case triangular(min: Double, mode: Double, max: Double)
    /// Always `value`.
    case fixed(value: Double)
    /// One of `values` with probability proportional to its weight.
    case empirical(EmpiricalTable)
    /// 1 with probability `p`, else 0.
    case bernoulli(p: Double)
    /// Successes in `n` trials of probability `p`.
    case binomial(n: Int, p: Double)
    /// Poisson with `mean` (> 0).
    case poisson(mean: Double)
    /// Negative binomial (gamma-Poisson mixture) with `mean` (> 0) and dispersion `size` (> 0);
    /// variance = mean + mean^2 / size.
    case negativeBinomial(mean: Double, size: Double)
  }

  /// The family and parameters.
  public let kind: Kind
  /// A constant added to every draw (default 0).
  public let shift: Double

  @usableFromInline init(_ kind: Kind, shift: Double) {
    self.kind = kind
    self.shift = shift
  }

  /// The family's name as written in scenario files (`exponential`, `negative_binomial`, ...).
  public var name: String {
    switch kind {
    case .exponential: return "exponential"
    case .erlang: return "erlang"
    case .gamma: return "gamma"
    case .lognormal: return "lognormal"
    case .weibull: return "weibull"
    case .uniform: return "uniform"
    case .triangular: return "triangular"
    case .fixed: return "fixed"
    case .empirical: return "empirical"
    case .bernoulli: return "bernoulli"
    case .binomial: return "binomial"
    case .poisson: return "poisson"
    case .negativeBinomial: return "negative_binomial"
    }
  }

  /// The mean if this is an unshifted exponential (for queueing-theory comparisons), else nil.
  public var exponentialMean: Double? {
    if case .exponential(let mean) = kind, shift == 0 { return mean }
    return nil
  }
}
