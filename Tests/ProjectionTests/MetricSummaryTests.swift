import Foundation
import Projection
import Testing

@Suite("Summaries over replications")
struct MetricSummaryTests {
  @Test("mean and t interval match a hand computation")
  func handComputed() throws {
    // values 1..5: mean 3, sd sqrt(2.5), t(0.975, 4) = 2.776445
    let summary = MetricSummary(name: "x", values: [1, 2, 3, 4, 5])
    #expect(summary.mean == 3)
    let half = 2.776445 * (2.5).squareRoot() / (5.0).squareRoot()
    let low = try #require(summary.ciLow)
    let high = try #require(summary.ciHigh)
    #expect(abs(low - (3 - half)) < 1e-5)
    #expect(abs(high - (3 + half)) < 1e-5)
    #expect(summary.replications == 5)
  }

  @Test("one replication has no interval")
  func single() {
    let summary = MetricSummary(name: "x", values: [4.5])
    #expect(summary.mean == 4.5)
    #expect(summary.ciLow == nil && summary.ciHigh == nil && summary.halfWidth == nil)
  }

  @Test("non-finite values are skipped")
  func nonFinite() {
    let summary = MetricSummary(name: "x", values: [1, .nan, 3, .infinity])
    #expect(summary.replications == 2)
    #expect(summary.mean == 2)
  }

  @Test("precision: a tight series passes, a noisy one does not")
  func precision() {
    #expect(AdaptiveReplications.isPrecise([[10, 10.01, 9.99, 10.02]], precision: 0.01))
    #expect(!AdaptiveReplications.isPrecise([[1, 10, 5, 20]], precision: 0.05))
    #expect(!AdaptiveReplications.isPrecise([[3]], precision: 0.5))
  }
}

@Suite("Replication runner")
struct ReplicationRunnerTests {
  @Test("results come back in replication order whatever the thread count", arguments: [1, 2, 4])
  func order(threads: Int) {
    let results = ReplicationRunner.run(3..<40, threads: threads) { index in index * index }
    #expect(results == (3..<40).map { $0 * $0 })
  }

  @Test("adaptive replications stop at the first batch that is precise enough")
  func adaptive() {
    let options = RunOptions(threads: 2, precision: 0.5)
    let results = AdaptiveReplications.run(
      fixed: 3, options: options, keyValues: { [$0.map { Double($0 % 3) + 100 }] },
      body: { $0 })
    #expect(results.count == RunOptions.precisionBatch)
    #expect(results == Array(0..<RunOptions.precisionBatch))
  }

  @Test("adaptive replications stop at the cap when never precise")
  func cap() {
    let options = RunOptions(threads: 2, precision: 0.001)
    let results = AdaptiveReplications.run(
      fixed: 3, options: options, keyValues: { [$0.map { Double($0 % 2) }] }, body: { $0 })
    #expect(results.count == RunOptions.precisionCap)
  }
}
