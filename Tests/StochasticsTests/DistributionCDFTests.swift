import Stochastics
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A distribution with points of its CDF worked out in closed form.
struct CDFCase: Sendable, CustomTestStringConvertible {
  let label: String
  let make: @Sendable () throws -> Distribution
  /// Pairs (x, P(X <= x)).
  let points: [(x: Double, cdf: Double)]

  var testDescription: String { label }
}

/// P(X <= k) for a Poisson with the given mean, by summing e^{-m} m^j / j!.
private func poissonCDF(_ k: Double, mean m: Double) -> Double {
  var term = exp(-m)
  var sum = term
  for j in stride(from: 1.0, through: k, by: 1) {
    term *= m / j
    sum += term
  }
  return sum
}

/// The standard normal CDF.
private func phi(_ z: Double) -> Double { 0.5 * erfc(-z / 2.0.squareRoot()) }

extension CDFCase {
  static let all: [CDFCase] = [
    // Triangular: P(X <= mode) = (mode - min) / (max - min); above the mode
    // P(X <= x) = 1 - (max - x)^2 / ((max - min)(max - mode)).
    CDFCase(
      label: "triangular(1, 2, 6)",
      make: { try .triangular(min: 1, mode: 2, max: 6) },
      points: [(1.5, 0.25 / 5), (2, 0.2), (4, 0.8), (5.5, 1 - 0.25 / 20)]),
    CDFCase(
      label: "triangular(0, 0.7, 1)",
      make: { try .triangular(min: 0, mode: 0.7, max: 1) },
      points: [(0.35, 0.35 * 0.35 / 0.7), (0.7, 0.7), (0.9, 1 - 0.01 / 0.3)]),
    // Weibull: P(X <= x) = 1 - exp(-(x / scale)^shape).
    CDFCase(
      label: "weibull(shape: 1.5, scale: 3)",
      make: { try .weibull(shape: 1.5, scale: 3) },
      points: [1, 3, 6].map { x in (x, 1 - exp(-pow(x / 3, 1.5))) }),
    CDFCase(
      label: "weibull(shape: 0.7, scale: 2)",
      make: { try .weibull(shape: 0.7, scale: 2) },
      points: [0.1, 2, 10].map { x in (x, 1 - exp(-pow(x / 2, 0.7))) }),
    CDFCase(
      label: "exponential(mean: 2)",
      make: { try .exponential(mean: 2) },
      points: [0.5, 2, 6].map { x in (x, 1 - exp(-x / 2)) }),
    CDFCase(
      label: "uniform(min: -2, max: 6)",
      make: { try .uniform(min: -2, max: 6) },
      points: [(-1, 0.125), (0, 0.25), (5, 0.875)]),
    // Erlang(3, mean 6): rate 0.5 per phase, P(X <= x) = 1 - e^{-y}(1 + y + y^2/2), y = x/2.
    CDFCase(
      label: "erlang(k: 3, mean: 6)",
      make: { try .erlang(k: 3, mean: 6) },
      points: [2, 6, 12].map { x in
        let y = x / 2
        return (x, 1 - exp(-y) * (1 + y + y * y / 2))
      }),
    // Gamma with integer shape 2: P(X <= x) = 1 - e^{-y}(1 + y), y = x / scale.
    CDFCase(
      label: "gamma(shape: 2, scale: 1.5)",
      make: { try .gamma(shape: 2, scale: 1.5) },
      points: [1, 3, 6].map { x in (x, 1 - exp(-x / 1.5) * (1 + x / 1.5)) }),
    // Lognormal: P(X <= x) = Phi((ln x - mu) / sigma); the median is exp(mu).
    CDFCase(
      label: "lognormal(mu: 0.5, sigma: 0.6)",
      make: { try .lognormal(mu: 0.5, sigma: 0.6) },
      points: [(exp(0.5 - 0.6), phi(-1)), (exp(0.5), 0.5), (exp(1.1), 0.841_344_746_068_542_9)]),
    CDFCase(
      label: "lognormal(median: 10, mean: 12)",
      make: { try .lognormal(median: 10, mean: 12) },
      points: [(10, 0.5), (20, phi(log(2) / (2 * log(1.2)).squareRoot()))]),
    CDFCase(
      label: "poisson(mean: 4.2)",
      make: { try .poisson(mean: 4.2) },
      points: [0, 1, 4].map { k in (k, poissonCDF(k, mean: 4.2)) }),
    // Binomial(20, 0.35): P(X <= 1) = 0.65^20 + 20 x 0.35 x 0.65^19.
    CDFCase(
      label: "binomial(n: 20, p: 0.35)",
      make: { try .binomial(n: 20, p: 0.35) },
      points: [(0, pow(0.65, 20)), (1, pow(0.65, 20) + 20 * 0.35 * pow(0.65, 19))]),
    // Negative binomial(mean 5, size 2): success probability q = 2/7, P(0) = q^2,
    // P(1) = 2 q^2 (1 - q), so P(X <= 1) = 4/49 + 40/343 = 68/343.
    CDFCase(
      label: "negativeBinomial(mean: 5, size: 2)",
      make: { try .negativeBinomial(mean: 5, size: 2) },
      points: [(0, 4.0 / 49), (1, 68.0 / 343)]),
    CDFCase(
      label: "bernoulli(p: 0.3)",
      make: { try .bernoulli(p: 0.3) },
      points: [(-0.5, 0), (0, 0.7), (0.5, 0.7), (1, 1)]),
    CDFCase(
      label: "empirical [1, 2, 3] weights [1, 1, 2]",
      make: { try .empirical(values: [1, 2, 3], weights: [1, 1, 2]) },
      points: [(0.9, 0), (1, 0.25), (2, 0.5), (2.9, 0.5), (3, 1)]),
    CDFCase(
      label: "fixed(3.5)",
      make: { try .fixed(3.5) },
      points: [(3.499_999, 0), (3.5, 1)]),
  ]
}

@Suite("Distribution CDFs")
struct DistributionCDFTests {
  /// The empirical CDF of 200,000 draws is within 3 standard errors, sqrt(F (1 - F) / n), of
  /// the exact CDF at each point; where F is 0 or 1 the empirical CDF must equal it exactly.
  @Test("Empirical CDF matches the closed form", arguments: CDFCase.all)
  func empiricalCDF(_ c: CDFCase) throws {
    let xs = draws(try c.make(), "cdf." + c.label)
    for point in c.points {
      let observed = fraction(xs, atOrBelow: point.x)
      let se = proportionStandardError(point.cdf, xs.count)
      #expect(
        abs(observed - point.cdf) <= 3 * se,
        "P(X <= \(point.x)): observed \(observed), exact \(point.cdf), SE \(se)")
    }
  }

  @Test("Triangular: fraction below the mode is (mode - min) / (max - min)")
  func triangularBelowMode() throws {
    for (min, mode, max) in [(0.0, 0.2, 1.0), (10.0, 25.0, 30.0), (-4.0, -3.0, 4.0)] {
      let d = try Distribution.triangular(min: min, mode: mode, max: max)
      let xs = draws(d, "triangular.mode.\(mode)", count: 100_000)
      let expected = (mode - min) / (max - min)
      let observed = Double(xs.filter { $0 < mode }.count) / Double(xs.count)
      #expect(abs(observed - expected) <= 3 * proportionStandardError(expected, xs.count))
      #expect(xs.allSatisfy { $0 >= min && $0 <= max })
    }
  }
}
