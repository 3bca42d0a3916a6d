#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Validating constructors: each throws `StochasticsError` naming the parameter and its range.
extension Distribution {
  static func positive(_ name: String, _ value: Double) throws {
    guard value.isFinite, value > 0 else {
      throw StochasticsError.outOfRange(parameter: name, value: value, allowed: "a finite number > 0")
    }
  }

  static func atMost(_ name: String, _ value: Double, _ maximum: Double) throws {
    guard value <= maximum else {
      throw StochasticsError.outOfRange(
        parameter: name, value: value, allowed: "a number from 0 (excluded) to \(Int(maximum))")
    }
  }

  static func probability(_ name: String, _ value: Double) throws {
    guard value.isFinite, value >= 0, value <= 1 else {
      throw StochasticsError.outOfRange(parameter: name, value: value, allowed: "0 to 1")
    }
  }

  static func finite(_ name: String, _ value: Double) throws {
    guard value.isFinite else {
      throw StochasticsError.outOfRange(parameter: name, value: value, allowed: "a finite number")
    }
  }

  /// Exponential with the given mean (> 0).
  public static func exponential(mean: Double, shift: Double = 0) throws -> Distribution {
    try positive("mean", mean)
    try finite("shift", shift)
    return Distribution(.exponential(mean: mean), shift: shift)
  }

  /// Exponential with the given rate (> 0, events per unit time): mean = 1 / rate.
  public static func exponential(rate: Double, shift: Double = 0) throws -> Distribution {
    try positive("rate", rate)
    return try exponential(mean: 1 / rate, shift: shift)
  }

  /// Erlang with `k` (>= 1) phases and total mean (> 0).
  public static func erlang(k: Int, mean: Double, shift: Double = 0) throws -> Distribution {
    guard k >= 1 else {
      throw StochasticsError.outOfRange(parameter: "k", value: Double(k), allowed: "an integer >= 1")
    }
    try positive("mean", mean)
    try finite("shift", shift)
    return Distribution(.erlang(k: k, mean: mean), shift: shift)
  }

  /// Gamma with shape and scale (both > 0).
  public static func gamma(shape: Double, scale: Double, shift: Double = 0) throws -> Distribution {
    try positive("shape", shape)
    try positive("scale", scale)
    try finite("shift", shift)
    return Distribution(.gamma(shape: shape, scale: scale), shift: shift)
  }

  /// Gamma with the given mean and standard deviation (both > 0).
  public static func gamma(mean: Double, sd: Double, shift: Double = 0) throws -> Distribution {
    try positive("mean", mean)
    try positive("sd", sd)
    return try gamma(shape: mean * mean / (sd * sd), scale: sd * sd / mean, shift: shift)
  }

  /// Lognormal with log-scale parameters mu (finite) and sigma (> 0).
  public static func lognormal(mu: Double, sigma: Double, shift: Double = 0) throws -> Distribution {
    try finite("mu", mu)
    try positive("sigma", sigma)
    try finite("shift", shift)
    return Distribution(.lognormal(mu: mu, sigma: sigma), shift: shift)
  }

  /// Lognormal with the given mean and standard deviation (both > 0) of the variable itself.
  public static func lognormal(mean: Double, sd: Double, shift: Double = 0) throws -> Distribution {
    try positive("mean", mean)
    try positive("sd", sd)
    let sigma2 = log(1 + sd * sd / (mean * mean))
    return try lognormal(mu: log(mean) - sigma2 / 2, sigma: sigma2.squareRoot(), shift: shift)
  }

  /// Lognormal with the given median and mean (mean > median > 0).
  public static func lognormal(median: Double, mean: Double, shift: Double = 0) throws
    -> Distribution
  {
    try positive("median", median)
    try positive("mean", mean)
    guard mean > median else {
      throw StochasticsError.inconsistent(
        parameters: "median and mean", allowed: "mean greater than median")
    }
    return try lognormal(mu: log(median), sigma: (2 * log(mean / median)).squareRoot(), shift: shift)
  }

  /// Weibull with shape k and scale lambda (both > 0).
  public static func weibull(shape: Double, scale: Double, shift: Double = 0) throws -> Distribution {
    try positive("shape", shape)
    try positive("scale", scale)
    try finite("shift", shift)
    return Distribution(.weibull(shape: shape, scale: scale), shift: shift)
  }

  /// Uniform on [min, max) with min < max.
  public static func uniform(min: Double, max: Double, shift: Double = 0) throws -> Distribution {
    try finite("min", min)
    try finite("max", max)
    guard min < max else {
      throw StochasticsError.inconsistent(parameters: "min and max", allowed: "min < max")
    }
    try finite("shift", shift)
    return Distribution(.uniform(min: min, max: max), shift: shift)
  }

  /// Triangular on [min, max] with min <= mode <= max and min < max.
  public static func triangular(min: Double, mode: Double, max: Double, shift: Double = 0) throws
    -> Distribution
  {
    try finite("min", min)
    try finite("mode", mode)
    try finite("max", max)
    guard min < max, min <= mode, mode <= max else {
      throw StochasticsError.inconsistent(
        parameters: "min, mode and max", allowed: "min <= mode <= max and min < max")
    }
    try finite("shift", shift)
    return Distribution(.triangular(min: min, mode: mode, max: max), shift: shift)
  }

  /// A constant.
  public static func fixed(_ value: Double, shift: Double = 0) throws -> Distribution {
    try finite("value", value)
    try finite("shift", shift)
    return Distribution(.fixed(value: value), shift: shift)
  }

  /// An empirical distribution over `values` with the given non-negative weights.
  public static func empirical(values: [Double], weights: [Double]? = nil, shift: Double = 0) throws
    -> Distribution
  {
    try finite("shift", shift)
    let table = try EmpiricalTable(values: values, weights: weights ?? values.map { _ in 1 })
    return Distribution(.empirical(table), shift: shift)
  }

  /// Bernoulli: 1 with probability p (0...1).
  public static func bernoulli(p: Double) throws -> Distribution {
    try probability("p", p)
    return Distribution(.bernoulli(p: p), shift: 0)
  }

  /// Binomial with n (>= 0) trials of probability p (0...1).
  public static func binomial(n: Int, p: Double, shift: Double = 0) throws -> Distribution {
    guard n >= 0, n <= Int(UInt32.max) else {
      throw StochasticsError.outOfRange(
        parameter: "n", value: Double(n), allowed: "an integer from 0 to 4294967295")
    }
    try probability("p", p)
    try finite("shift", shift)
    return Distribution(.binomial(n: n, p: p), shift: shift)
  }

  /// The largest mean of a Poisson or negative binomial distribution (counts): GSL's Poisson
  /// sampler works in unsigned 32-bit counts and stalls on means beyond them.
  public static let maximumPoissonMean = 1e9

  /// Poisson with the given mean (> 0, at most `maximumPoissonMean`).
  public static func poisson(mean: Double, shift: Double = 0) throws -> Distribution {
    try positive("mean", mean)
    try atMost("mean", mean, maximumPoissonMean)
    try finite("shift", shift)
    return Distribution(.poisson(mean: mean), shift: shift)
  }

  /// Negative binomial with mean (> 0, at most `maximumPoissonMean`) and size (> 0):
  /// variance = mean + mean^2 / size.
  public static func negativeBinomial(mean: Double, size: Double, shift: Double = 0) throws
    -> Distribution
  {
    try positive("mean", mean)
    try atMost("mean", mean, maximumPoissonMean)
    try positive("size", size)
    try finite("shift", shift)
    return Distribution(.negativeBinomial(mean: mean, size: size), shift: shift)
  }
}
