import Foundation
import Projection
import StepwellMetrics
import Stochastics
import Testing

/// The ICER with Fieller's interval and net monetary benefit, against hand calculations.
@Suite("Cost-effectiveness")
struct CostEffectivenessTests {
  func metrics(_ cost: [Double], _ qaly: [Double]) -> [[(name: String, value: Double)]] {
    zip(cost, qaly).map { [("cost.discounted_total", $0.0), ("qaly.gained.discounted_total", $0.1)] }
  }

  /// A design against itself: every difference zero and the ICER undefined, without an interval.
  @Test("a design against itself: zero differences, undefined ICER")
  func selfComparison() throws {
    let side = metrics([100, 120, 110], [5, 6, 4])
    let rows = CostEffectiveness(base: side, alt: side, thresholds: [20000]).rows
    let icer = try #require(rows.first { $0.metric == "icer" }?.difference)
    #expect(icer.mean.isNaN)
    #expect(icer.ciLow == nil && icer.ciHigh == nil)
    let nmb = try #require(rows.first { $0.metric == "nmb.20000" }?.difference)
    #expect(nmb.mean == 0 && nmb.ciLow == 0 && nmb.ciHigh == 0)
  }

  /// With the same QALY gain in every replication, Fieller's interval is the t interval of the
  /// cost difference divided by that gain; NMB at λ is λ ΔQ − ΔC.
  @Test("Fieller's interval and NMB by hand")
  func byHand() throws {
    let base = metrics([1000, 1000, 1000, 1000], [10, 10, 10, 10])
    let alt = metrics([1100, 1300, 1200, 1400], [12, 12, 12, 12])
    let rows = CostEffectiveness(base: base, alt: alt, thresholds: [100]).rows
    let icer = try #require(rows.first { $0.metric == "icer" }?.difference)
    #expect(abs(icer.mean - 125) < 1e-9)
    let costs = [100.0, 300, 200, 400]
    let sd = (costs.map { ($0 - 250) * ($0 - 250) }.reduce(0, +) / 3).squareRoot()
    let t = try #require(StudentT.criticalValue(confidence: 0.95, samples: 4))
    let low = try #require(icer.ciLow)
    let high = try #require(icer.ciHigh)
    #expect(abs(low - (250 - t * sd / 2) / 2) < 1e-9, "\(low)")
    #expect(abs(high - (250 + t * sd / 2) / 2) < 1e-9, "\(high)")
    let nmb = try #require(rows.first { $0.metric == "nmb.100" }?.difference)
    #expect(abs(nmb.mean - (100 * 2 - 250)) < 1e-9)
  }

  /// When the QALY difference is not significant, the interval is unbounded and left empty.
  @Test("an insignificant QALY difference leaves the interval empty")
  func unbounded() throws {
    let base = metrics([1000, 1000, 1000], [10, 10, 10])
    let alt = metrics([1100, 1200, 1150], [11, 9, 10.5])
    let icer = try #require(
      CostEffectiveness(base: base, alt: alt, thresholds: []).rows.first { $0.metric == "icer" }?.difference)
    #expect(icer.mean.isFinite)
    #expect(icer.ciLow == nil)
  }
}
