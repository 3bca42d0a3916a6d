import CGSL
import Foundation

/// The distribution of one uncertain scenario input in a probabilistic sensitivity analysis,
/// sampled by inversion: `quantile(u)` turns a uniform draw (from a Latin hypercube) into the
/// input's value. Quantiles are GSL's inverse distribution functions.
///
/// Beta is for probabilities and shares, gamma and lognormal for costs, durations, rates and
/// multipliers, normal for quantities on an unbounded scale; uniform and triangular are for
/// elicited ranges, and `fixed` is a zero-width input (the value itself).
public enum InputDistribution: Sendable, Equatable {
  /// Beta(alpha, beta) on (0, 1).
  case beta(alpha: Double, beta: Double)
  /// Gamma with a shape and a scale (mean shape x scale).
  case gamma(shape: Double, scale: Double)
  /// exp(Normal(mu, sigma)).
  case lognormal(mu: Double, sigma: Double)
  /// Normal with a mean and a standard deviation.
  case normal(mean: Double, sd: Double)
  /// Uniform on [min, max].
  case uniform(min: Double, max: Double)
  /// Triangular on [min, max] with its mode.
  case triangular(min: Double, mode: Double, max: Double)
  /// Always the value.
  case fixed(Double)

  /// The standard normal quantile of the central 95% interval's upper end.
  public static let z975 = 1.959963984540054

  /// Beta with a mean in (0, 1) and a standard deviation below sqrt(mean (1 - mean)) (method of
  /// moments); a zero sd is `fixed`.
  public static func beta(mean: Double, sd: Double) throws -> InputDistribution {
    guard mean > 0, mean < 1 else { throw InputDistributionError("mean \(mean) is not inside 0 to 1") }
    guard sd >= 0 else { throw InputDistributionError("sd \(sd) is negative") }
    if sd == 0 { return .fixed(mean) }
    let variance = sd * sd
    guard variance < mean * (1 - mean) else {
      throw InputDistributionError(
        "sd \(sd) is too wide for a beta with mean \(mean) (below \(sqrtText(mean * (1 - mean))))")
    }
    let common = mean * (1 - mean) / variance - 1
    return .beta(alpha: mean * common, beta: (1 - mean) * common)
  }

  /// Gamma with a positive mean and a standard deviation (shape (mean/sd)^2); a zero sd is `fixed`.
  public static func gamma(mean: Double, sd: Double) throws -> InputDistribution {
    guard mean > 0 else { throw InputDistributionError("mean \(mean) is not above 0") }
    guard sd >= 0 else { throw InputDistributionError("sd \(sd) is negative") }
    if sd == 0 { return .fixed(mean) }
    let shape = (mean / sd) * (mean / sd)
    return .gamma(shape: shape, scale: mean / shape)
  }

  /// Lognormal with a positive mean and a standard deviation of the value itself; a zero sd is
  /// `fixed`.
  public static func lognormal(mean: Double, sd: Double) throws -> InputDistribution {
    guard mean > 0 else { throw InputDistributionError("mean \(mean) is not above 0") }
    guard sd >= 0 else { throw InputDistributionError("sd \(sd) is negative") }
    if sd == 0 { return .fixed(mean) }
    let sigma2 = log(1 + (sd * sd) / (mean * mean))
    return .lognormal(mu: log(mean) - sigma2 / 2, sigma: sigma2.squareRoot())
  }

  /// Lognormal whose central 95% interval is [low, high] (median sqrt(low x high)).
  public static func lognormal(low: Double, high: Double) throws -> InputDistribution {
    guard low > 0 else { throw InputDistributionError("interval starts at \(low), not above 0") }
    guard high >= low else { throw InputDistributionError("interval [\(low), \(high)] ends below its start") }
    if high == low { return .fixed(low) }
    return .lognormal(mu: (log(low) + log(high)) / 2, sigma: (log(high) - log(low)) / (2 * z975))
  }

  /// Lognormal with a median and the central 95% interval's upper end (the lower is then
  /// median^2 / high); used when both a median and an interval are given, the interval's
  /// geometric spread taken as sigma.
  public static func lognormal(median: Double, low: Double, high: Double) throws -> InputDistribution {
    guard median > 0, low > 0 else { throw InputDistributionError("median and interval must be above 0") }
    guard low <= median, median <= high else {
      throw InputDistributionError("median \(median) is outside its interval [\(low), \(high)]")
    }
    if high == low { return .fixed(median) }
    return .lognormal(mu: log(median), sigma: (log(high) - log(low)) / (2 * z975))
  }

  /// Normal whose central 95% interval is [low, high].
  public static func normal(low: Double, high: Double) throws -> InputDistribution {
    guard high >= low else { throw InputDistributionError("interval [\(low), \(high)] ends below its start") }
    if high == low { return .fixed(low) }
    return .normal(mean: (low + high) / 2, sd: (high - low) / (2 * z975))
  }

  /// The value at cumulative probability `u` (0 < u < 1).
  public func quantile(_ u: Double) -> Double {
    switch self {
    case .beta(let a, let b):
      let value = gsl_cdf_beta_Pinv(u, a, b)
      return value.isFinite ? value : InputDistribution.bisect(u, low: 0, high: 1) { gsl_cdf_beta_P($0, a, b) }
    case .gamma(let shape, let scale):
      let value = gsl_cdf_gamma_Pinv(u, shape, scale)
      let high = shape * scale + 60 * shape.squareRoot() * scale
      return value.isFinite
        ? value : InputDistribution.bisect(u, low: 0, high: high) { gsl_cdf_gamma_P($0, shape, scale) }
    case .lognormal(let mu, let sigma): return exp(mu + sigma * gsl_cdf_ugaussian_Pinv(u))
    case .normal(let mean, let sd): return mean + sd * gsl_cdf_ugaussian_Pinv(u)
    case .uniform(let low, let high): return low + (high - low) * u
    case .triangular(let low, let mode, let high):
      let split = (mode - low) / (high - low)
      if u < split { return low + ((high - low) * (mode - low) * u).squareRoot() }
      return high - ((high - low) * (high - mode) * (1 - u)).squareRoot()
    case .fixed(let value): return value
    }
  }

  /// The x in [low, high] with cdf(x) = u, by bisection (100 halvings, far below a double's
  /// resolution): the fallback when GSL's inverse does not converge, as for a beta or gamma with
  /// large parameters.
  static func bisect(_ u: Double, low: Double, high: Double, cdf: (Double) -> Double) -> Double {
    var (low, high) = (low, high)
    for _ in 0..<100 {
      let middle = (low + high) / 2
      if cdf(middle) < u { low = middle } else { high = middle }
    }
    return (low + high) / 2
  }

  /// The distribution's mean.
  public var mean: Double {
    switch self {
    case .beta(let a, let b): return a / (a + b)
    case .gamma(let shape, let scale): return shape * scale
    case .lognormal(let mu, let sigma): return exp(mu + sigma * sigma / 2)
    case .normal(let mean, _): return mean
    case .uniform(let low, let high): return (low + high) / 2
    case .triangular(let low, let mode, let high): return (low + mode + high) / 3
    case .fixed(let value): return value
    }
  }

  /// The central 95% interval.
  public var interval95: (low: Double, high: Double) { (quantile(0.025), quantile(0.975)) }

  /// True when every draw is the same value.
  public var isFixed: Bool {
    if case .fixed = self { return true }
    return false
  }

  /// The distribution's family name, as scenarios write it.
  public var family: String {
    switch self {
    case .beta: "beta"
    case .gamma: "gamma"
    case .lognormal: "lognormal"
    case .normal: "normal"
    case .uniform: "uniform"
    case .triangular: "triangular"
    case .fixed: "fixed"
    }
  }

  private static func sqrtText(_ value: Double) -> String { String(format: "%.4g", value.squareRoot()) }
}

/// Why an input distribution's parameters do not describe a distribution.
public struct InputDistributionError: Error, CustomStringConvertible, Sendable {
  public let description: String
  public init(_ description: String) { self.description = description }
}
