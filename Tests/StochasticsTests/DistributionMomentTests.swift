import Stochastics
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// One way of building a distribution, with its mean and variance worked out by hand from the
/// textbook formulas for the keys given (not read back from `Distribution`).
struct DistributionCase: Sendable, CustomTestStringConvertible {
  let label: String
  let expectedMean: Double
  let expectedVariance: Double
  /// False for factories without a `shift:` parameter (bernoulli).
  let shiftable: Bool
  /// Every draw must satisfy this (before any shift).
  let support: @Sendable (Double) -> Bool
  let make: @Sendable (_ shift: Double) throws -> Distribution

  init(
    _ label: String, mean: Double, variance: Double, shiftable: Bool = true,
    support: @escaping @Sendable (Double) -> Bool,
    make: @escaping @Sendable (_ shift: Double) throws -> Distribution
  ) {
    self.label = label
    expectedMean = mean
    expectedVariance = variance
    self.shiftable = shiftable
    self.support = support
    self.make = make
  }

  var testDescription: String { label }
}

private let positive: @Sendable (Double) -> Bool = { $0 > 0 && $0.isFinite }
private let nonNegative: @Sendable (Double) -> Bool = { $0 >= 0 && $0.isFinite }
private let counts: @Sendable (Double) -> Bool = { $0 >= 0 && $0 == $0.rounded() }
private func within(_ low: Double, _ high: Double) -> @Sendable (Double) -> Bool {
  { $0 >= low && $0 <= high }
}

extension DistributionCase {
  /// Every family, every way of giving its keys, and the edge cases of each.
  static let all: [DistributionCase] = [
    .init("exponential(mean: 2.5)", mean: 2.5, variance: 6.25, support: nonNegative) {
      try .exponential(mean: 2.5, shift: $0)
    },
    .init("exponential(rate: 4)", mean: 0.25, variance: 0.0625, support: nonNegative) {
      try .exponential(rate: 4, shift: $0)
    },
    // Erlang(k, mean): k phases of mean/k each, variance k (mean/k)^2 = mean^2 / k.
    .init("erlang(k: 3, mean: 6)", mean: 6, variance: 12, support: positive) {
      try .erlang(k: 3, mean: 6, shift: $0)
    },
    .init("erlang(k: 1, mean: 2)", mean: 2, variance: 4, support: nonNegative) {
      try .erlang(k: 1, mean: 2, shift: $0)
    },
    // Gamma: mean = shape x scale, variance = shape x scale^2.
    .init("gamma(shape: 2.5, scale: 1.5)", mean: 3.75, variance: 5.625, support: positive) {
      try .gamma(shape: 2.5, scale: 1.5, shift: $0)
    },
    .init("gamma(shape: 0.5, scale: 2)", mean: 1, variance: 2, support: nonNegative) {
      try .gamma(shape: 0.5, scale: 2, shift: $0)
    },
    .init("gamma(mean: 10, sd: 4)", mean: 10, variance: 16, support: positive) {
      try .gamma(mean: 10, sd: 4, shift: $0)
    },
    // Lognormal(mu, sigma): mean = exp(mu + sigma^2/2), variance = (e^{sigma^2} - 1) mean^2.
    .init(
      "lognormal(mu: 0.5, sigma: 0.6)", mean: exp(0.68), variance: (exp(0.36) - 1) * exp(1.36),
      support: positive
    ) { try .lognormal(mu: 0.5, sigma: 0.6, shift: $0) },
    .init("lognormal(mean: 20, sd: 8)", mean: 20, variance: 64, support: positive) {
      try .lognormal(mean: 20, sd: 8, shift: $0)
    },
    // median 10, mean 12: e^{sigma^2} = (12/10)^2 = 1.44, variance = 0.44 x 144 = 63.36.
    .init("lognormal(median: 10, mean: 12)", mean: 12, variance: 63.36, support: positive) {
      try .lognormal(median: 10, mean: 12, shift: $0)
    },
    // Weibull(2, 2): mean = 2 Gamma(3/2) = sqrt(pi), variance = 4 (Gamma(2) - pi/4) = 4 - pi.
    .init(
      "weibull(shape: 2, scale: 2)", mean: Double.pi.squareRoot(), variance: 4 - .pi,
      support: nonNegative
    ) { try .weibull(shape: 2, scale: 2, shift: $0) },
    // Weibull with shape 1 is exponential with mean = scale.
    .init("weibull(shape: 1, scale: 3)", mean: 3, variance: 9, support: nonNegative) {
      try .weibull(shape: 1, scale: 3, shift: $0)
    },
    .init("uniform(min: -2, max: 6)", mean: 2, variance: 64.0 / 12, support: within(-2, 6)) {
      try .uniform(min: -2, max: 6, shift: $0)
    },
    // Triangular(a, c, b): mean (a+b+c)/3, variance (a^2+b^2+c^2-ab-ac-bc)/18.
    .init("triangular(1, 2, 6)", mean: 3, variance: 21.0 / 18, support: within(1, 6)) {
      try .triangular(min: 1, mode: 2, max: 6, shift: $0)
    },
    .init("triangular(mode = min)", mean: 1.0 / 3, variance: 1.0 / 18, support: within(0, 1)) {
      try .triangular(min: 0, mode: 0, max: 1, shift: $0)
    },
    .init("triangular(mode = max)", mean: 8.0 / 3, variance: 16.0 / 18, support: within(0, 4)) {
      try .triangular(min: 0, mode: 4, max: 4, shift: $0)
    },
    .init("fixed(3.5)", mean: 3.5, variance: 0, support: { $0 == 3.5 }) {
      try .fixed(3.5, shift: $0)
    },
    // Values 1, 2, 3 with probabilities 1/4, 1/4, 1/2.
    .init(
      "empirical(values:weights:)", mean: 2.25, variance: 0.6875,
      support: { [1, 2, 3].contains($0) }
    ) { try .empirical(values: [1, 2, 3], weights: [1, 1, 2], shift: $0) },
    // Equal weights when none are given: deviations -13.75, -8.75, 1.25, 21.25.
    .init(
      "empirical(values:) equal weights", mean: 18.75, variance: 179.6875,
      support: { [5, 10, 20, 40].contains($0) }
    ) { try .empirical(values: [5, 10, 20, 40], shift: $0) },
    .init(
      "empirical with a zero weight", mean: 2, variance: 1, support: { $0 == 1 || $0 == 3 }
    ) { try .empirical(values: [1, 100, 3], weights: [1, 0, 1], shift: $0) },
    .init("bernoulli(p: 0.3)", mean: 0.3, variance: 0.21, shiftable: false, support: counts) { _ in
      try .bernoulli(p: 0.3)
    },
    .init("bernoulli(p: 0)", mean: 0, variance: 0, shiftable: false, support: { $0 == 0 }) { _ in
      try .bernoulli(p: 0)
    },
    .init("bernoulli(p: 1)", mean: 1, variance: 0, shiftable: false, support: { $0 == 1 }) { _ in
      try .bernoulli(p: 1)
    },
    .init("binomial(n: 20, p: 0.35)", mean: 7, variance: 4.55, support: counts) {
      try .binomial(n: 20, p: 0.35, shift: $0)
    },
    .init("binomial(n: 0, p: 0.5)", mean: 0, variance: 0, support: { $0 == 0 }) {
      try .binomial(n: 0, p: 0.5, shift: $0)
    },
    .init("poisson(mean: 4.2)", mean: 4.2, variance: 4.2, support: counts) {
      try .poisson(mean: 4.2, shift: $0)
    },
    // GSL switches algorithm for large means; cover that branch too.
    .init("poisson(mean: 50)", mean: 50, variance: 50, support: counts) {
      try .poisson(mean: 50, shift: $0)
    },
    // Negative binomial: variance = mean + mean^2 / size.
    .init("negativeBinomial(mean: 5, size: 2)", mean: 5, variance: 17.5, support: counts) {
      try .negativeBinomial(mean: 5, size: 2, shift: $0)
    },
    .init("negativeBinomial(mean: 3, size: 0.5)", mean: 3, variance: 21, support: counts) {
      try .negativeBinomial(mean: 3, size: 0.5, shift: $0)
    },
  ]
}

@Suite("Distribution moments")
struct DistributionMomentTests {
  @Test("Exact mean and variance match the textbook values", arguments: DistributionCase.all)
  func exactMoments(_ c: DistributionCase) throws {
    let d = try c.make(0)
    #expect(close(d.mean, c.expectedMean), "mean \(d.mean) vs \(c.expectedMean)")
    #expect(close(d.variance, c.expectedVariance), "variance \(d.variance)")
    #expect(d.shift == 0)
  }

  /// Mean within 3 standard errors, sqrt(variance / n), of the exact mean. Variance within
  /// 4 standard errors of the exact variance, the SE coming from the fourth central moment of
  /// the same sample (see `SampleSummary.varianceStandardError`). Zero variance must be exact.
  @Test("Sample moments of 200,000 draws match", arguments: DistributionCase.all)
  func sampleMoments(_ c: DistributionCase) throws {
    let d = try c.make(0)
    let xs = draws(d, "moments." + c.label)
    let outside = xs.filter { !c.support($0) }
    #expect(outside.isEmpty, "draws outside the support: \(outside.prefix(5))")
    let s = SampleSummary(xs)
    if d.variance == 0 {
      #expect(xs.allSatisfy { $0 == d.mean })
      #expect(s.variance == 0)
      return
    }
    let meanSE = s.meanStandardError(trueVariance: d.variance)
    #expect(
      abs(s.mean - d.mean) <= 3 * meanSE,
      "sample mean \(s.mean) vs \(d.mean), \((s.mean - d.mean) / meanSE) SE")
    let varianceSE = s.varianceStandardError
    #expect(
      abs(s.variance - d.variance) <= 4 * varianceSE,
      "sample variance \(s.variance) vs \(d.variance), \((s.variance - d.variance) / varianceSE) SE"
    )
  }

  @Test(
    "Shift moves the mean by exactly shift and every draw by exactly shift",
    arguments: DistributionCase.all.filter(\.shiftable), [7.25, -3.5])
  func shift(_ c: DistributionCase, by shift: Double) throws {
    let base = try c.make(0)
    let shifted = try c.make(shift)
    #expect(shifted.shift == shift)
    #expect(shifted.mean == base.mean + shift)
    #expect(shifted.variance == base.variance)
    #expect(shifted != base)
    let a = testStream("shift." + c.label)
    let b = testStream("shift." + c.label)
    for _ in 0..<1_000 {
      let x = base.sample(a)
      let y = shifted.sample(b)
      guard y == x + shift else {
        Issue.record("shifted draw \(y) is not \(x) + \(shift)")
        return
      }
    }
  }

  @Test("Bernoulli has no shift")
  func bernoulliUnshifted() throws {
    #expect(try Distribution.bernoulli(p: 0.4).shift == 0)
  }

  @Test("Names follow scenario-file spelling")
  func names() throws {
    #expect(try Distribution.exponential(rate: 2).name == "exponential")
    #expect(try Distribution.erlang(k: 2, mean: 1).name == "erlang")
    #expect(try Distribution.gamma(mean: 2, sd: 1).name == "gamma")
    #expect(try Distribution.lognormal(median: 1, mean: 2).name == "lognormal")
    #expect(try Distribution.weibull(shape: 1, scale: 1).name == "weibull")
    #expect(try Distribution.uniform(min: 0, max: 1).name == "uniform")
    #expect(try Distribution.triangular(min: 0, mode: 1, max: 2).name == "triangular")
    #expect(try Distribution.fixed(1).name == "fixed")
    #expect(try Distribution.empirical(values: [1]).name == "empirical")
    #expect(try Distribution.bernoulli(p: 0.5).name == "bernoulli")
    #expect(try Distribution.binomial(n: 3, p: 0.5).name == "binomial")
    #expect(try Distribution.poisson(mean: 1).name == "poisson")
    #expect(try Distribution.negativeBinomial(mean: 1, size: 1).name == "negative_binomial")
  }

  @Test("Keys are converted to canonical parameters")
  func canonicalKinds() throws {
    #expect(try Distribution.exponential(rate: 4).kind == .exponential(mean: 0.25))
    #expect(try Distribution.gamma(mean: 6, sd: 3).kind == .gamma(shape: 4, scale: 1.5))
    let fromMedian = try Distribution.lognormal(median: 10, mean: 12)
    guard case .lognormal(let mu, let sigma) = fromMedian.kind else {
      Issue.record("expected lognormal, got \(fromMedian.kind)")
      return
    }
    #expect(close(mu, log(10)))
    #expect(close(sigma * sigma, 2 * log(1.2)))
    let fromMoments = try Distribution.lognormal(mean: 20, sd: 8)
    guard case .lognormal(let mu2, let sigma2) = fromMoments.kind else {
      Issue.record("expected lognormal, got \(fromMoments.kind)")
      return
    }
    #expect(close(sigma2 * sigma2, log(1.16)))
    #expect(close(mu2, log(20) - log(1.16) / 2))
  }

  @Test("exponentialMean is set only for an unshifted exponential")
  func exponentialMean() throws {
    #expect(try Distribution.exponential(rate: 4).exponentialMean == 0.25)
    #expect(try Distribution.exponential(mean: 3).exponentialMean == 3)
    #expect(try Distribution.exponential(mean: 3, shift: 1).exponentialMean == nil)
    #expect(try Distribution.erlang(k: 1, mean: 3).exponentialMean == nil)
    #expect(try Distribution.gamma(shape: 1, scale: 3).exponentialMean == nil)
  }

  @Test("Equal keys give equal, hashable distributions")
  func hashable() throws {
    let a = try Distribution.triangular(min: 1, mode: 2, max: 3, shift: 1)
    let b = try Distribution.triangular(min: 1, mode: 2, max: 3, shift: 1)
    #expect(a == b)
    #expect(Set([a, b]).count == 1)
    #expect(try Distribution.empirical(values: [1, 2]) == Distribution.empirical(values: [1, 2]))
  }
}
