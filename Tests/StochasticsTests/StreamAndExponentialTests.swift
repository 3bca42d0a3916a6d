import Stochastics
import Testing

@Suite("Reproducible streams, an exponential's sample mean, a refused parameter")
struct StreamAndExponentialTests {
  @Test("the same master seed, replication and purpose give the same stream")
  func sameMasterReplicationAndPurposeGiveTheSameStream() {
    let a = RandomStream(master: 2024, replication: 3, purpose: "arrivals")
    let b = RandomStream(master: 2024, replication: 3, purpose: "arrivals")
    for _ in 0..<100 {
      #expect(a.uniform() == b.uniform())
    }
  }

  @Test("an exponential's sample mean lies within 3 standard errors of its mean")
  func exponentialSampleMeanWithinThreeStandardErrors() throws {
    let d = try Distribution.exponential(rate: 0.5)
    #expect(d.mean == 2)
    #expect(d.variance == 4)
    let stream = RandomStream(master: 2024, replication: 0, purpose: "exponential.sample-mean")
    let n = 100_000
    var sum = 0.0
    for _ in 0..<n { sum += d.sample(stream) }
    let se = (d.variance / Double(n)).squareRoot()
    #expect(abs(sum / Double(n) - d.mean) <= 3 * se)
  }

  @Test("a uniform with min equal to max is refused, naming both")
  func invalidParameterThrows() {
    #expect(throws: StochasticsError.inconsistent(parameters: "min and max", allowed: "min < max")) {
      try Distribution.uniform(min: 1, max: 1)
    }
  }
}
