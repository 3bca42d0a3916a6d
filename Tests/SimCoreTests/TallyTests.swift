import Foundation
import SimCore
import Testing

/// Two-pass sample mean and variance (n - 1), the reference for Welford's update.
private func twoPass(_ values: [Double]) -> (mean: Double, variance: Double) {
  let mean = values.reduce(0, +) / Double(values.count)
  let squares = values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) }
  return (mean, squares / Double(values.count - 1))
}

@Suite("Tally: count, mean, variance, percentiles")
struct TallyTests {
  @Test("Mean and variance match a two-pass computation", arguments: Seed.all)
  func meanAndVariance(seed: Seed) {
    var rng = SplitMix64(seed: seed.value)
    // A large offset with a small spread: the case where naive sum-of-squares fails.
    let datasets: [[Double]] = [
      (0..<5_000).map { _ in 1e6 + 10 * rng.unit() },
      (0..<5_000).map { _ in -log(1 - rng.unit()) * 3.5 },
      (0..<5_000).map { _ in pow(10, 6 * rng.unit() - 3) },
      // A first value far from the rest (the first customer does not wait).
      [0] + (1..<5_000).map { _ in 1e4 + 10 * rng.unit() },
      [-1e3] + (1..<5_000).map { _ in 1e6 + 10 * rng.unit() },
      Array(repeating: 0.1, count: 5_000),
    ]
    for values in datasets {
      var tally = Tally()
      for value in values { tally.record(value) }
      let reference = twoPass(values)
      #expect(tally.count == values.count)
      #expect(tally.sum == values.reduce(0, +))
      #expect(isClose(tally.mean, reference.mean, relative: 1e-12))
      #expect(isClose(tally.variance, reference.variance, relative: 1e-8))
      #expect(tally.quantile(0.5) == nil)
      #expect(tally.histogram == nil)
      #expect(tally.values == nil)
    }
  }

  @Test("Hand-computed mean and variance; fewer than two values")
  func small() {
    var tally = Tally()
    #expect(tally.mean == 0)
    #expect(tally.variance == 0)
    tally.record(4)
    #expect(tally.mean == 4)
    #expect(tally.variance == 0)
    for value in [7.0, 13, 16] { tally.record(value) }
    // Mean 10; squared deviations 36 + 9 + 9 + 36 = 90; variance 90 / 3.
    #expect(tally.mean == 10)
    #expect(tally.variance == 30)
    #expect(tally.sum == 40)
  }

  @Test("Kept values give exact nearest-rank quantiles", arguments: Seed.all)
  func exactQuantiles(seed: Seed) {
    var rng = SplitMix64(seed: seed.value)
    var tally = Tally(keepsValues: true)
    #expect(tally.quantile(0.5) == nil)
    var recorded: [Double] = []
    for _ in 0..<(500 + rng.below(500)) {
      let value = Double(rng.below(200)) * 0.75 + rng.unit()
      recorded.append(value)
      tally.record(value)
    }
    #expect(tally.values == recorded)
    let sorted = recorded.sorted()
    for p in (1...100).map({ Double($0) / 100 }) + [0.000_1, 0.999] {
      #expect(tally.quantile(p) == nearestRank(sorted, p), "p = \(p)")
    }
    #expect(tally.quantile(0) == sorted.first)
    #expect(tally.quantile(1.5) == sorted.last)
  }

  @Test("Nearest rank by hand")
  func nearestRankByHand() {
    var tally = Tally(keepsValues: true)
    for value in [15.0, 20, 35, 40, 50] { tally.record(value) }
    #expect(tally.quantile(0.05) == 15)
    #expect(tally.quantile(0.3) == 20)
    #expect(tally.quantile(0.4) == 20)
    #expect(tally.quantile(0.5) == 35)
    #expect(tally.quantile(1) == 50)
  }

  @Test("Histogram percentiles stay within 0.1%; kept values take precedence")
  func histogramPercentiles() {
    var rng = SplitMix64(seed: 11)
    var approximate = Tally(percentiles: true)
    var both = Tally(percentiles: true, keepsValues: true)
    var values: [Double] = []
    for _ in 0..<5_000 {
      let value = pow(10, 4 * rng.unit())
      values.append(value)
      approximate.record(value)
      both.record(value)
    }
    values.sort()
    #expect(approximate.histogram?.count == 5_000)
    for p in [0.1, 0.5, 0.9, 0.95, 0.99] {
      let exact = nearestRank(values, p)
      let reported = approximate.quantile(p) ?? .nan
      #expect(abs(reported - exact) <= 1e-3 * exact)
      #expect(both.quantile(p) == exact)
    }
  }

  @Test("reset forgets values and keeps the configuration")
  func reset() {
    var tally = Tally(percentiles: true, keepsValues: true)
    for value in [1.0, 2, 3] { tally.record(value) }
    tally.reset()
    #expect(tally.count == 0)
    #expect(tally.mean == 0)
    #expect(tally.sum == 0)
    #expect(tally.variance == 0)
    #expect(tally.values == [])
    #expect(tally.histogram?.count == 0)
    #expect(tally.quantile(0.5) == nil)
    tally.record(9)
    tally.record(11)
    #expect(tally.mean == 10)
    #expect(tally.variance == 2)
    #expect(tally.quantile(0.5) == 9)
  }
}

@Suite("Tally: what it keeps")
struct TallyStorageTests {
  @Test("Without percentiles there is no histogram and no list of values")
  func plainTallyKeepsNeither() {
    var tally = Tally()
    for value in [3.0, 1.0, 2.0] { tally.record(value) }
    #expect(tally.histogram == nil)
    #expect(tally.values == nil)
    #expect(tally.quantile(0.5) == nil)
    #expect(tally.count == 3)
  }

  @Test("Kept values survive as recorded and reset empties them")
  func keptValues() {
    var tally = Tally(percentiles: true, keepsValues: true)
    for value in [3.0, 1.0, 2.0] { tally.record(value) }
    #expect(tally.values == [3.0, 1.0, 2.0])
    #expect(tally.histogram?.count == 3)
    #expect(tally.quantile(0.5) == 2.0)
    tally.reset()
    #expect(tally.values == [])
    #expect(tally.histogram?.count == 0)
  }
}
