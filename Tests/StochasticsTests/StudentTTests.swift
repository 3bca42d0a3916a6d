import Stochastics
import Testing

/// A tabulated quantile of Student's t.
struct TQuantileCase: Sendable, CustomTestStringConvertible {
  let probability: Double
  let degreesOfFreedom: Int
  let expected: Double

  var testDescription: String { "t(\(probability), df \(degreesOfFreedom))" }
}

@Suite("StudentT")
struct StudentTTests {
  static let table: [TQuantileCase] = [
    TQuantileCase(probability: 0.975, degreesOfFreedom: 1, expected: 12.706_205),
    TQuantileCase(probability: 0.975, degreesOfFreedom: 2, expected: 4.302_653),
    TQuantileCase(probability: 0.95, degreesOfFreedom: 4, expected: 2.131_847),
    TQuantileCase(probability: 0.975, degreesOfFreedom: 9, expected: 2.262_157),
    TQuantileCase(probability: 0.975, degreesOfFreedom: 19, expected: 2.093_024),
    TQuantileCase(probability: 0.995, degreesOfFreedom: 29, expected: 2.756_386),
    TQuantileCase(probability: 0.9, degreesOfFreedom: 30, expected: 1.310_415),
    // Large df tends to the normal quantile 1.959964 (t with 10^6 df is 1.959966).
    TQuantileCase(probability: 0.975, degreesOfFreedom: 1_000_000, expected: 1.959_964),
  ]

  @Test("Quantiles match table values within 1e-5", arguments: table)
  func quantiles(_ c: TQuantileCase) {
    let t = StudentT.quantile(c.probability, degreesOfFreedom: c.degreesOfFreedom)
    #expect(abs(t - c.expected) <= 1e-5, "got \(t)")
  }

  @Test("Quantiles are antisymmetric about 1/2 and 0 at the median")
  func symmetry() {
    for df in [1, 3, 9, 50] {
      let upper = StudentT.quantile(0.975, degreesOfFreedom: df)
      let lower = StudentT.quantile(0.025, degreesOfFreedom: df)
      #expect(abs(upper + lower) <= 1e-9)
      #expect(abs(StudentT.quantile(0.5, degreesOfFreedom: df)) <= 1e-12)
    }
  }

  @Test("The 97.5% quantile falls as degrees of freedom grow")
  func monotoneInDegreesOfFreedom() {
    let values = [1, 2, 5, 10, 30, 100, 1_000].map {
      StudentT.quantile(0.975, degreesOfFreedom: $0)
    }
    #expect(zip(values, values.dropFirst()).allSatisfy { $0 > $1 })
    #expect(values.allSatisfy { $0 > 1.959_963 })
  }

  @Test("criticalValue uses n - 1 degrees of freedom")
  func criticalValue() throws {
    let t = try #require(StudentT.criticalValue(samples: 10))
    #expect(abs(t - 2.262_157) <= 1e-5)
    #expect(t == StudentT.quantile(0.975, degreesOfFreedom: 9))
    let t90 = try #require(StudentT.criticalValue(confidence: 0.9, samples: 5))
    #expect(abs(t90 - 2.131_847) <= 1e-5)
    let t2 = try #require(StudentT.criticalValue(samples: 2))
    #expect(abs(t2 - 12.706_205) <= 1e-5)
  }

  @Test("criticalValue is nil for fewer than 2 samples", arguments: [1, 0, -3])
  func criticalValueTooFew(_ n: Int) {
    #expect(StudentT.criticalValue(samples: n) == nil)
    #expect(StudentT.criticalValue(confidence: 0.99, samples: n) == nil)
  }
}
