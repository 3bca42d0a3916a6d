import Stochastics
import Testing

/// Standard errors allowed between a sample mean and its exact value.
private let standardErrorsAllowed = 4.0

/// The exact mean of the time left for someone found mid-stay, `E[D^2] / (2 E[D])`, for a
/// duration that is never negative.
private func exactResidualMean(_ d: Distribution) -> Double {
  (d.variance + d.mean * d.mean) / (2 * d.mean)
}

/// Sample mean and its standard error.
private func meanAndError(_ values: [Double]) -> (mean: Double, error: Double) {
  let summary = SampleSummary(values)
  return (summary.mean, (summary.variance / Double(summary.count)).squareRoot())
}

@Suite("Remaining time of someone already there (length-biased and forward-recurrence draws)")
struct ResidualTimeTests {
  @Test("A fixed stay D leaves a uniform time on (0, D): mean D/2, ten equal bins")
  func fixedStayLeavesHalf() throws {
    let d = try Distribution.fixed(30)
    let stream = testStream("residual.fixed")
    let left = (0..<drawCount).map { _ in d.sampleResidual(stream) }
    let (mean, error) = meanAndError(left)
    #expect(abs(mean - 15) <= standardErrorsAllowed * error, "mean \(mean)")
    #expect(left.allSatisfy { $0 >= 0 && $0 <= 30 })
    var bins = [Int](repeating: 0, count: 10)
    for x in left { bins[min(9, Int(x / 3))] += 1 }
    let expected = Double(drawCount) / 10
    let chiSquare = bins.reduce(0.0) { $0 + (Double($1) - expected) * (Double($1) - expected) / expected }
    // 9 degrees of freedom; the 99.9% point of chi-square(9) is 27.88.
    #expect(chiSquare < 27.88, "bins \(bins)")
    #expect(try Distribution.fixed(30).sampleLengthBiased(stream) == 30)
  }

  @Test(
    "The time left has mean E[D^2] / (2 E[D]) for every family that is never negative",
    arguments: [
      ("exponential", try! Distribution.exponential(mean: 20)),
      ("erlang", try! Distribution.erlang(k: 3, mean: 12)),
      ("gamma", try! Distribution.gamma(shape: 0.7, scale: 40)),
      ("lognormal", try! Distribution.lognormal(median: 13, mean: 19)),
      ("weibull", try! Distribution.weibull(shape: 1.6, scale: 30)),
      ("uniform", try! Distribution.uniform(min: 5, max: 25)),
      ("triangular", try! Distribution.triangular(min: 2, mode: 5, max: 30)),
      ("empirical", try! Distribution.empirical(values: [1, 4, 9], weights: [5, 3, 2])),
      ("poisson", try! Distribution.poisson(mean: 6)),
      ("negative binomial", try! Distribution.negativeBinomial(mean: 8, size: 2)),
      ("binomial", try! Distribution.binomial(n: 12, p: 0.4)),
      ("shifted exponential", try! Distribution.exponential(mean: 10, shift: 5)),
      ("shifted gamma", try! Distribution.gamma(shape: 2, scale: 5, shift: 3)),
    ])
  func residualMean(_ name: String, _ d: Distribution) {
    let stream = testStream("residual.\(name)")
    let left = (0..<drawCount).map { _ in d.sampleResidual(stream) }
    let (mean, error) = meanAndError(left)
    let exact = exactResidualMean(d)
    #expect(abs(mean - exact) <= standardErrorsAllowed * error, "\(name): \(mean) vs \(exact)")
    let whole = (0..<drawCount).map { _ in d.sampleLengthBiased(stream) }
    let (biased, biasedError) = meanAndError(whole)
    #expect(abs(biased - 2 * exact) <= standardErrorsAllowed * biasedError, "\(name): \(biased) vs \(2 * exact)")
  }

  @Test("An exponential stay has no memory: the time left is a fresh exponential")
  func exponentialHasNoMemory() throws {
    let d = try Distribution.exponential(mean: 20)
    let stream = testStream("residual.memoryless")
    let left = (0..<drawCount).map { _ in d.sampleResidual(stream) }
    let (mean, error) = meanAndError(left)
    #expect(abs(mean - 20) <= standardErrorsAllowed * error)
    // P(R > 20) = exp(-1) for an exponential with mean 20.
    let share = Double(left.filter { $0 > 20 }.count) / Double(drawCount)
    #expect(abs(share - 0.367_879) <= standardErrorsAllowed * proportionStandardError(0.367_879, drawCount))
  }

  @Test(
    "Durations cut at zero (negative shift or support) are length-biased on max(0, D)",
    arguments: [
      ("negative shift", try! Distribution.exponential(mean: 10, shift: -4)),
      ("uniform across zero", try! Distribution.uniform(min: -5, max: 15)),
      ("triangular across zero", try! Distribution.triangular(min: -10, mode: 0, max: 20)),
      ("empirical with negatives", try! Distribution.empirical(values: [-3, 2, 6], weights: [1, 1, 1])),
    ])
  func truncatedAtZero(_ name: String, _ d: Distribution) {
    let direct = draws(d, "residual.cut.direct.\(name)").map { max(0, $0) }
    let first = direct.reduce(0, +) / Double(direct.count)
    let second = direct.reduce(0) { $0 + $1 * $1 } / Double(direct.count)
    let exact = second / (2 * first)
    let stream = testStream("residual.cut.\(name)")
    let left = (0..<drawCount).map { _ in d.sampleResidual(stream) }
    let (mean, error) = meanAndError(left)
    #expect(left.allSatisfy { $0 >= 0 })
    // Both sides are estimates here; the oracle's own error is of the same size.
    #expect(abs(mean - exact) <= standardErrorsAllowed * error * 2, "\(name): \(mean) vs \(exact)")
  }

  @Test("A duration that is never positive leaves nothing")
  func neverPositive() throws {
    let stream = testStream("residual.zero")
    #expect(try Distribution.fixed(0).sampleResidual(stream) == 0)
    #expect(try Distribution.uniform(min: -5, max: -1).sampleResidual(stream) == 0)
  }
}
