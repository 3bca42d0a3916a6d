import Foundation
import StepwellMetrics
import Stochastics

/// Cost-effectiveness of ALT against BASE from paired replications: the incremental
/// cost-effectiveness ratio with Fieller's interval, and net monetary benefit at each threshold
/// with a paired t interval.
///
/// For replication i, ΔC_i and ΔQ_i are ALT minus BASE discounted cost (pounds) and discounted
/// QALYs gained against the natural course (so people one design refers and the other does not
/// count as they should: their gain over the untreated course, zero where they are not referred). ICER = mean(ΔC) / mean(ΔQ). Fieller's 95% interval is the set of R with
/// (mean ΔC − R mean ΔQ)² ≤ t² Var(ΔC − R ΔQ) / n, the roots of a R² + b R + c = 0 with
/// a = mean ΔQ² − t² s_Q² / n, b = −2 (mean ΔC mean ΔQ − t² s_CQ / n), c = mean ΔC² − t² s_C² / n;
/// it is bounded only when a > 0 (the QALY difference is itself significant), otherwise the
/// interval is left empty. NMB_i(λ) = λ Q_i − C_i per design; its difference is λ ΔQ_i − ΔC_i.
public struct CostEffectiveness: Sendable {
  /// The rows for `comparison.csv`: `icer`, `icer.sensitivity`, then `nmb.<threshold>` in order.
  public let rows: [PairedDifference]

  /// Builds the rows from each design's per-replication metrics; empty when either design lacks
  /// discounted costs or QALYs.
  public init(
    base: [[(name: String, value: Double)]], alt: [[(name: String, value: Double)]], thresholds: [Double]
  ) {
    let baseValues = PairedComparison.valuesByMetric(base).values
    let altValues = PairedComparison.valuesByMetric(alt).values
    let cost = MetricKey.costDiscountedTotal.name
    guard let baseCost = baseValues[cost], let altCost = altValues[cost] else {
      rows = []
      return
    }
    var rows: [PairedDifference] = []
    for (key, qaly) in [
      (MetricKey.icer, MetricKey.qalyGainedDiscountedTotal), (.icerSensitivity, .qalyGainedDiscountedTotalSensitivity),
    ] {
      guard let baseQ = baseValues[qaly.name], let altQ = altValues[qaly.name] else { continue }
      let pairs = CostEffectiveness.pairs(baseCost, altCost, baseQ, altQ)
      rows.append(
        PairedDifference(
          metric: key.name, baseMean: nil, altMean: nil,
          difference: CostEffectiveness.icer(name: key.name, pairs.map(\.cost), pairs.map(\.qaly))))
    }
    if let baseQ = baseValues[MetricKey.qalyGainedDiscountedTotal.name],
      let altQ = altValues[MetricKey.qalyGainedDiscountedTotal.name]
    {
      for threshold in thresholds {
        let name = MetricKey.netMonetaryBenefit(threshold: threshold).name
        let nmb = { (q: [Double], c: [Double]) in zip(q, c).map { threshold * $0 - $1 } }
        rows.append(PairedDifference(metric: name, base: nmb(baseQ, baseCost), alt: nmb(altQ, altCost)))
      }
    }
    self.rows = rows
  }

  /// The paired differences (ALT minus BASE) of cost and QALYs over replications where all four
  /// values are finite.
  static func pairs(_ baseCost: [Double], _ altCost: [Double], _ baseQ: [Double], _ altQ: [Double]) -> [(
    cost: Double, qaly: Double
  )] {
    (0..<min(baseCost.count, altCost.count, baseQ.count, altQ.count)).compactMap { i in
      let values = [baseCost[i], altCost[i], baseQ[i], altQ[i]]
      guard values.allSatisfy(\.isFinite) else { return nil }
      return (altCost[i] - baseCost[i], altQ[i] - baseQ[i])
    }
  }

  /// The ICER of paired differences with Fieller's 95% interval (nil bounds when unbounded);
  /// the mean is NaN when the mean QALY difference is zero.
  public static func icer(name: String, _ cost: [Double], _ qaly: [Double]) -> MetricSummary {
    let n = Double(cost.count)
    guard cost.count >= 1 else {
      return MetricSummary(name: name, mean: .nan, ciLow: nil, ciHigh: nil, replications: 0)
    }
    let meanC = cost.reduce(0, +) / n
    let meanQ = qaly.reduce(0, +) / n
    let ratio = meanQ != 0 ? meanC / meanQ : .nan
    guard cost.count >= 2, ratio.isFinite, let t = StudentT.criticalValue(confidence: 0.95, samples: cost.count) else {
      return MetricSummary(name: name, mean: ratio, ciLow: nil, ciHigh: nil, replications: cost.count)
    }
    var sC = 0.0
    var sQ = 0.0
    var sCQ = 0.0
    for (c, q) in zip(cost, qaly) {
      sC += (c - meanC) * (c - meanC)
      sQ += (q - meanQ) * (q - meanQ)
      sCQ += (c - meanC) * (q - meanQ)
    }
    (sC, sQ, sCQ) = (sC / (n - 1), sQ / (n - 1), sCQ / (n - 1))
    let t2n = t * t / n
    let a = meanQ * meanQ - t2n * sQ
    let b = -2 * (meanC * meanQ - t2n * sCQ)
    let c = meanC * meanC - t2n * sC
    let discriminant = b * b - 4 * a * c
    guard a > 0, discriminant >= 0 else {
      return MetricSummary(name: name, mean: ratio, ciLow: nil, ciHigh: nil, replications: cost.count)
    }
    let root = discriminant.squareRoot()
    return MetricSummary(
      name: name, mean: ratio, ciLow: (-b - root) / (2 * a), ciHigh: (-b + root) / (2 * a), replications: cost.count)
  }
}
