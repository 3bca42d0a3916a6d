import Foundation
import Stochastics
import Testing

@Suite("Uncertain input distributions")
struct InputDistributionTests {
  @Test("beta by mean and sd recovers its moments (method of moments)")
  func betaMoments() throws {
    let beta = try InputDistribution.beta(mean: 0.51, sd: 0.03)
    guard case .beta(let a, let b) = beta else { Issue.record("not a beta: \(beta)"); return }
    let variance = a * b / ((a + b) * (a + b) * (a + b + 1))
    #expect(abs(beta.mean - 0.51) < 1e-12)
    #expect(abs(variance.squareRoot() - 0.03) < 1e-12)
    #expect(throws: InputDistributionError.self) { try InputDistribution.beta(mean: 0.5, sd: 0.5) }
    #expect(throws: InputDistributionError.self) { try InputDistribution.beta(mean: 1.2, sd: 0.1) }
    #expect(try InputDistribution.beta(mean: 0.3, sd: 0) == .fixed(0.3))
  }

  @Test("a narrow beta and a narrow gamma have finite, monotone quantiles at every stratum")
  func narrow() throws {
    // Beta(42.6, 1023) and a gamma of shape 10,000: GSL's own inverses do not always converge.
    for distribution in [try InputDistribution.beta(mean: 0.04, sd: 0.006), try .gamma(mean: 1, sd: 0.01)] {
      let quantiles = (1..<1000).map { distribution.quantile(Double($0) / 1000) }
      #expect(quantiles.allSatisfy { $0.isFinite }, "\(distribution)")
      #expect(zip(quantiles, quantiles.dropFirst()).allSatisfy { $0 < $1 }, "\(distribution)")
      #expect(abs(distribution.quantile(0.5) - distribution.mean) < 0.02 * distribution.mean)
    }
  }

  @Test("gamma and lognormal by mean and sd keep the mean; quantiles are monotone")
  func gammaLognormal() throws {
    for distribution in [try InputDistribution.gamma(mean: 575, sd: 60), try .lognormal(mean: 575, sd: 60)] {
      #expect(abs(distribution.mean - 575) < 1e-9, "\(distribution)")
      let quantiles = [0.01, 0.1, 0.5, 0.9, 0.99].map(distribution.quantile)
      #expect(quantiles == quantiles.sorted() && Set(quantiles).count == quantiles.count)
      // A gamma or lognormal with sd about a tenth of the mean is nearly normal: the 95% interval
      // is close to mean +- 1.96 sd (within 3%).
      let (low, high) = distribution.interval95
      #expect(abs(low - (575 - 1.96 * 60)) < 0.03 * 575 && abs(high - (575 + 1.96 * 60)) < 0.03 * 575)
    }
  }

  @Test("an interval gives a distribution whose 2.5% and 97.5% quantiles are its ends")
  func intervals() throws {
    let lognormal = try InputDistribution.lognormal(low: 0.8, high: 1.25)
    #expect(abs(lognormal.quantile(0.025) - 0.8) < 1e-9 && abs(lognormal.quantile(0.975) - 1.25) < 1e-9)
    #expect(abs(lognormal.quantile(0.5) - 1) < 1e-12)
    let normal = try InputDistribution.normal(low: 10, high: 20)
    #expect(abs(normal.quantile(0.025) - 10) < 1e-9 && abs(normal.quantile(0.975) - 20) < 1e-9)
    let skewed = try InputDistribution.lognormal(median: 56, low: 30, high: 120)
    #expect(abs(skewed.quantile(0.5) - 56) < 1e-9)
  }

  @Test("uniform and triangular quantiles by hand")
  func handComputed() {
    #expect(InputDistribution.uniform(min: 2, max: 6).quantile(0.25) == 3)
    let triangle = InputDistribution.triangular(min: 0, mode: 1, max: 4)
    // F(x) = x^2 / 4 on [0, 1]: F(1) = 0.25, so the 0.0625 quantile is 0.5.
    #expect(abs(triangle.quantile(0.0625) - 0.5) < 1e-12)
    // 1 - F(x) = (4 - x)^2 / 12 on [1, 4]: the 0.25 quantile is the mode.
    #expect(abs(triangle.quantile(0.25) - 1) < 1e-12)
    #expect(abs(triangle.mean - 5.0 / 3) < 1e-12)
    #expect(InputDistribution.fixed(7).quantile(0.9) == 7)
  }
}

@Suite("Latin hypercube sampling")
struct LatinHypercubeTests {
  @Test("every coordinate has exactly one point in each of the n strata")
  func strata() {
    let points = LatinHypercube.sample(count: 50, purposes: ["a", "b", "c"], seed: 11)
    #expect(points.count == 50)
    for k in 0..<3 {
      let strata = points.map { Int(($0[k] * 50).rounded(.down)) }
      #expect(strata.sorted() == Array(0..<50), "coordinate \(k)")
      #expect(points.allSatisfy { $0[k] > 0 && $0[k] < 1 })
    }
  }

  @Test("adding an input leaves every other input's column unchanged; another seed changes it")
  func stableColumns() {
    let two = LatinHypercube.sample(count: 20, purposes: ["a", "b"], seed: 5)
    let three = LatinHypercube.sample(count: 20, purposes: ["x", "a", "b"], seed: 5)
    #expect(two.map { $0[0] } == three.map { $0[1] })
    #expect(two.map { $0[1] } == three.map { $0[2] })
    let other = LatinHypercube.sample(count: 20, purposes: ["a", "b"], seed: 6)
    #expect(two.map { $0[0] } != other.map { $0[0] })
  }
}
