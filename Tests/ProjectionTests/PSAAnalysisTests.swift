import Foundation
import Projection
import Testing

@Suite("Probabilistic sensitivity analysis: summaries, acceptability, value of information, tornado")
struct PSAAnalysisTests {
  @Test("variance shares: all between draws, all within, and a hand-computed mix")
  func varianceShares() throws {
    let between = PSAMetricSummary(design: "scenario", metric: "m", values: [[1, 1], [2, 2], [3, 3]])
    #expect(between.parameterShare == 1)
    #expect(between.noiseLow == 2 && between.noiseHigh == 2)
    let within = PSAMetricSummary(design: "scenario", metric: "m", values: [[1, 3], [1, 3], [1, 3]])
    #expect(within.parameterShare == 0)
    // Draw means 2, 4: B = 2; within variances 2, 2: W = 2; R = 2, so P = 2 - 1 = 1 and the
    // inputs' share is 1 / 3. Noise interval: 3 +- t(0.975, 2) sqrt(2 / 4).
    let mixed = PSAMetricSummary(design: "scenario", metric: "m", values: [[1, 3], [3, 5]])
    #expect(abs((mixed.parameterShare ?? 0) - 1.0 / 3) < 1e-12)
    #expect(abs((mixed.noiseHigh ?? 0) - (3 + 4.302652729749464 * 0.5.squareRoot())) < 1e-9)
    #expect(mixed.low == 2 && mixed.high == 4, "Hazen quantiles of two draw means are the means themselves")
  }

  @Test("Hazen quantiles by hand")
  func hazen() {
    // Ten values 1...10 sit at (k - 0.5) / 10: the 0.25 quantile is at h = 3, the value 3; the
    // 0.975 quantile is past the last, the value 10.
    let values = (1...10).map(Double.init).shuffled()
    #expect(PSAMetricSummary.quantile(values, 0.25) == 3)
    #expect(PSAMetricSummary.quantile(values, 0.32) == 3.7)
    #expect(PSAMetricSummary.quantile(values, 0.975) == 10)
  }

  @Test("the acceptability curve of a clear-cut case: 0 at £0, 1 at £50,000, never falling")
  func clearCut() {
    // Every draw gains QALYs at a cost of £1,000 to £10,000 per QALY.
    let qaly = [10.0, 20, 15, 12, 30]
    let cost = zip(qaly, [1_000.0, 4_000, 10_000, 2_000, 7_000]).map { $0 * $1 }
    let ce = PSACostEffectiveness(incrementalCost: cost, incrementalQALY: qaly)
    let curve = ce.thresholds.map(ce.probabilityCostEffective)
    #expect(curve.first == 0 && curve.last == 1)
    #expect(zip(curve, curve.dropFirst()).allSatisfy { $0 <= $1 }, "more QALYs in every draw: the curve cannot fall")
    #expect(ce.probabilityCostEffective(at: 5_000) == 0.6)
    #expect(ce.evpi(at: 50_000) == 0, "no draw would change the decision")
  }

  @Test("EVPI by hand: two draws that disagree")
  func evpiByHand() {
    // INB at £20,000: draw 1 gains 1 QALY for £10,000 (+10,000); draw 2 gains 1 for £40,000 (-20,000).
    let ce = PSACostEffectiveness(incrementalCost: [10_000, 40_000], incrementalQALY: [1, 1])
    #expect(ce.expectedNetBenefit(at: 20_000) == -5_000)
    // Perfect information adopts ALT only in draw 1: mean max(0, INB) = 5,000; without it the
    // decision is BASE (0): EVPI 5,000.
    #expect(ce.evpi(at: 20_000) == 5_000)
    #expect(ce.probabilityCostEffective(at: 20_000) == 0.5)
  }

  @Test("the tornado finds the input that drives net benefit and ranks it first")
  func tornado() throws {
    let x1 = (0..<40).map { Double($0) / 40 }
    let x2 = (0..<40).map { Double(($0 * 17) % 40) / 40 }
    let inb = x1.map { 3_000 * $0 - 500 }
    let tornado = PSATornado(keys: ["driver", "idle"], inputs: [x1, x2], netBenefit: inb, threshold: 20_000)
    let first = try #require(tornado.bars.first)
    #expect(first.key == "driver" && abs(first.slope - 3_000) < 1e-6 && first.clear)
    #expect(abs(first.netBenefitAtHigh - first.netBenefitAtLow - 3_000 * (first.high - first.low)) < 1e-6)
    let idle = try #require(tornado.bars.last)
    #expect(idle.key == "idle" && idle.swing < first.swing / 5)
  }
}
