import Stochastics

/// The master seed every statistical test derives its streams from. Fixed, so results are
/// reproducible; each test names its own purpose so no two tests share a stream.
let testMaster: UInt64 = 0x5354_4550_5745_4C4C

/// Draws per statistical check: standard errors are about 0.2% of a standard deviation.
let drawCount = 200_000

/// A fresh stream for one named check.
func testStream(_ purpose: String, replication: Int = 0) -> RandomStream {
  RandomStream(master: testMaster, replication: replication, purpose: purpose)
}

/// `count` draws of `distribution` from the stream for `purpose`.
func draws(_ distribution: Distribution, _ purpose: String, count: Int = drawCount) -> [Double] {
  let stream = testStream(purpose)
  return (0..<count).map { _ in distribution.sample(stream) }
}

/// Sample moments by two passes (mean first, then central moments), which keeps rounding small.
struct SampleSummary {
  let count: Int
  let mean: Double
  /// The unbiased sample variance.
  let variance: Double
  /// The sample fourth central moment.
  let fourthMoment: Double

  init(_ values: [Double]) {
    count = values.count
    let n = Double(values.count)
    mean = values.reduce(0, +) / n
    var m2 = 0.0
    var m4 = 0.0
    for x in values {
      let d = x - mean
      let d2 = d * d
      m2 += d2
      m4 += d2 * d2
    }
    variance = m2 / (n - 1)
    fourthMoment = m4 / n
  }

  /// The standard error of the sample mean when the true variance is `trueVariance`.
  func meanStandardError(trueVariance: Double) -> Double {
    (trueVariance / Double(count)).squareRoot()
  }

  /// The standard error of the unbiased sample variance, from the exact iid formula
  /// Var(s^2) = (mu4 - sigma^4) / n + 2 sigma^4 / (n (n - 1)), with the fourth central moment
  /// mu4 and sigma^2 estimated from the sample itself. The second term matters only when
  /// mu4 = sigma^4 (a symmetric two-point distribution), where the first vanishes.
  var varianceStandardError: Double {
    let n = Double(count)
    let s4 = variance * variance
    return (Swift.max(fourthMoment - s4, 0) / n + 2 * s4 / (n * (n - 1))).squareRoot()
  }
}

/// The fraction of `values` at or below `x`.
func fraction(_ values: [Double], atOrBelow x: Double) -> Double {
  Double(values.lazy.filter { $0 <= x }.count) / Double(values.count)
}

/// The standard error of an observed proportion whose true value is `p`, from `n` trials.
func proportionStandardError(_ p: Double, _ n: Int) -> Double {
  (p * (1 - p) / Double(n)).squareRoot()
}

/// True when `a` and `b` agree to a relative tolerance (absolute near zero).
func close(_ a: Double, _ b: Double, relative tolerance: Double = 1e-12) -> Bool {
  abs(a - b) <= tolerance * Swift.max(1, abs(a), abs(b))
}
