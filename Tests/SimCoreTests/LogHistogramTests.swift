import Foundation
import SimCore
import Testing

/// Probabilities to ask for: a grid, the usual reporting points and both extremes.
private let probabilities: [Double] =
  (1...40).map { Double($0) / 40 } + [0.000_01, 0.001, 0.01, 0.05, 0.95, 0.99, 0.999, 0.9999]

/// The number of counters a histogram holds, read by reflection (the array is internal).
private func bucketCount(_ histogram: LogHistogram) -> Int? {
  let counts = Mirror(reflecting: histogram).children.first { $0.label == "counts" }?.value
  return (counts as? [UInt32])?.count
}

@Suite("LogHistogram: fixed-memory percentiles")
struct LogHistogramTests {
  @Test(
    "Every quantile is within 0.1% of the exact nearest-rank quantile over 1e-5...1e9",
    arguments: Seed.all)
  func quantilesWithinContract(seed: Seed) {
    var rng = SplitMix64(seed: seed.value)
    var histogram = LogHistogram()
    var data: [Double] = []
    data.reserveCapacity(20_000)
    for index in 0..<20_000 {
      // Log-uniform over 14 decades, with some exact repeats and round numbers.
      let value: Double
      switch index % 10 {
      case 0 where !data.isEmpty: value = data[rng.below(data.count)]
      case 1: value = Double(1 + rng.below(1_000))
      default: value = 1e-5 * pow(1e14, rng.unit())
      }
      data.append(value)
      histogram.record(value)
    }
    data.sort()
    #expect(histogram.count == data.count)
    #expect(histogram.minimum == data.first)
    #expect(histogram.maximum == data.last)
    var worst = 0.0
    for p in probabilities {
      let exact = nearestRank(data, p)
      guard let reported = histogram.quantile(p) else {
        Issue.record("no quantile for p = \(p)")
        continue
      }
      let error = abs(reported - exact) / exact
      worst = max(worst, error)
      #expect(error <= 1e-3, "p = \(p): \(reported) vs exact \(exact)")
    }
    // The design bound is half a bucket, 2^-11 (about 0.05%).
    #expect(worst <= 0x1p-11)
    // Extreme quantiles are exact: clamped to the smallest and largest values seen.
    #expect(histogram.quantile(1) == data.last)
    #expect(histogram.quantile(1e-9) == data.first)
    #expect(histogram.quantile(2) == data.last)
  }

  @Test("Zeros and values below 2^-20 count as 0")
  func zeros() {
    var histogram = LogHistogram()
    for value in [0.0, 0.0, 1e-7, 0x1p-21, 5.0, 0x1p-20] { histogram.record(value) }
    #expect(histogram.count == 6)
    #expect(histogram.minimum == 0)
    #expect(histogram.maximum == 5)
    // Four of six count as zero.
    #expect(histogram.quantile(0.1) == 0)
    #expect(histogram.quantile(4.0 / 6.0) == 0)
    // 2^-20 itself is the smallest value with a bucket.
    let fifth = histogram.quantile(5.0 / 6.0) ?? .nan
    #expect(abs(fifth - 0x1p-20) <= 0x1p-20 * 1e-3)
    #expect(histogram.quantile(1) == 5)

    var onlyZeros = LogHistogram()
    for _ in 0..<10 { onlyZeros.record(0) }
    #expect(onlyZeros.quantile(0.5) == 0)
    #expect(onlyZeros.quantile(1) == 0)
  }

  @Test("Results are clamped to the smallest and largest values seen")
  func clamping() {
    var single = LogHistogram()
    single.record(3.0)
    for p in [0.001, 0.5, 1.0] { #expect(single.quantile(p) == 3.0) }

    // Two values in one bucket, [1, 1 + 2^-10): the bucket midpoint is above both.
    var narrow = LogHistogram()
    narrow.record(1.0)
    narrow.record(1.0001)
    #expect(narrow.quantile(0.5) == 1.0)
    #expect(narrow.quantile(1) == 1.0001)
    // A value above the top octave (2^44) lands in the top bucket; the maximum stays exact.
    var huge = LogHistogram()
    huge.record(1.0)
    huge.record(1e15)
    #expect(huge.quantile(0.5) == 1.0)
    #expect(huge.quantile(1) == 1e15)
    #expect(huge.maximum == 1e15)
  }

  @Test("Empty and reset histograms report nothing")
  func emptyAndReset() {
    var histogram = LogHistogram()
    #expect(histogram.quantile(0.5) == nil)
    #expect(histogram.count == 0)
    for value in stride(from: 1.0, through: 100, by: 1) { histogram.record(value) }
    #expect(histogram.quantile(0.5).map { abs($0 - 50) <= 0.05 } == true)
    histogram.reset()
    #expect(histogram.count == 0)
    #expect(histogram.quantile(0.5) == nil)
    #expect(histogram.minimum == .infinity)
    #expect(histogram.maximum == -.infinity)
    histogram.record(7)
    #expect(histogram.quantile(0.5) == 7)
  }

  @Test("Memory is constant: the same 65,536 counters whatever is recorded")
  func constantMemory() {
    var histogram = LogHistogram()
    let before = bucketCount(histogram)
    #expect(before == 65_536)
    var rng = SplitMix64(seed: 7)
    for _ in 0..<100_000 { histogram.record(pow(2, -30 + 90 * rng.unit())) }
    histogram.record(.infinity)
    histogram.record(.greatestFiniteMagnitude)
    histogram.record(0)
    #expect(histogram.count == 100_003)
    #expect(bucketCount(histogram) == before)
    #expect(MemoryLayout<LogHistogram>.size == MemoryLayout.size(ofValue: LogHistogram()))
  }
}
