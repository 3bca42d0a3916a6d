import Foundation
import Population
import Stochastics
import Testing

/// The piecewise-exponential relapse time of Ali et al 2017.
@Suite struct RelapseSamplerTests {
  static let month = 365.25 / 12

  @Test func cumulativeProbabilitiesMatchTheSource() {
    let sixMonths = RelapseSampler.probability(withinDays: 6 * RelapseSamplerTests.month)
    let year = RelapseSampler.probability(withinDays: 12 * RelapseSamplerTests.month)
    #expect(abs(sixMonths - (1 - exp(-6 * 0.091))) < 1e-12)
    #expect(abs(year - (1 - exp(-6 * 0.091 - 6 * 0.035))) < 1e-12)
    #expect(abs(sixMonths - 0.42) < 0.005)
    #expect(abs(year - 0.53) < 0.005)
  }

  @Test func inversionIsTheInverseOfTheCumulativeHazard() {
    for target in [0.0, 0.1, 0.546, 0.6, 0.756, 1.5, 8.0] {
      let days = RelapseSampler.days(forCumulativeHazard: target)
      #expect(abs(-log(1 - RelapseSampler.probability(withinDays: days)) - target) < 1e-9)
    }
  }

  @Test func sampledFractionsAreWithinThreeStandardErrorsAndFinite() {
    let stream = RandomStream(master: testSeed, replication: 0, purpose: "test.relapse")
    let n = 100_000
    let draws = (0..<n).map { _ in RelapseSampler.daysToRelapse(stream) }
    #expect(draws.allSatisfy { $0.isFinite && $0 >= 0 })
    for months in [3.0, 6.0, 12.0, 24.0] {
      let p = RelapseSampler.probability(withinDays: months * RelapseSamplerTests.month)
      let observed = Double(draws.filter { $0 <= months * RelapseSamplerTests.month }.count) / Double(n)
      #expect(abs(observed - p) <= 3 * proportionSE(p, n), "\(months) months")
    }
  }
}
