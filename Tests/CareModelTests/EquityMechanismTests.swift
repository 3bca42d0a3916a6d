import CareModel
import Foundation
import Testing

/// Recovery by group in the hub's breakdown: with the odds ratios on, groups differ on the
/// log-odds scale by about the input; with every mechanism off they differ only by noise; and
/// the renormalisation keeps the overall rate.
///
/// Sandwell's least deprived quintiles are small (quintile 5 is 1% of residents, about 65
/// referrals a year), too small for a recovery rate over a short debug run, so the deprivation
/// check compares quintile 1 with quintile 2 (25% of residents). Each replication gives one
/// difference of log odds; the tolerance is 3 standard errors of their mean over the
/// replications, plus 0.03 for mixing services of different inputs (step 1 0.45, steps 2 and 3
/// 0.51) and ethnic groups inside a quintile, where the logit of a mean is not the mean of the
/// logits (at rates of 0.4 to 0.6 that bias is below 0.01).
@Suite("Equity mechanisms in the breakdown")
struct EquityMechanismTests {
  /// Replications of each batch: 8 short runs give a standard error of about 0.03 on a
  /// difference of log odds between quintiles 1 and 2.
  static let length = RunLength(overrides: RunLength.short.overrides, replications: 8)
  /// The mixing allowance added to 3 standard errors (log odds).
  static let mixingAllowance = 0.03
  /// Every mechanism off.
  static let off = ["equity.mechanisms=off"]

  /// Per replication, the difference of the log odds of recovery between two groups.
  func logOddsDifferences(_ batch: CareBatch, _ dimension: String, _ a: String, _ b: String) -> [Double] {
    batch.results.map { result in
      func rate(_ group: String) -> Double {
        result.breakdown.first { $0.dimension == dimension && $0.group == group && $0.metric == "recovery.rate" }?
          .value ?? .nan
      }
      let (p, q) = (rate(a), rate(b))
      return log(p / (1 - p)) - log(q / (1 - q))
    }
  }

  /// Mean and standard error of the mean.
  func meanAndSE(_ values: [Double]) -> (mean: Double, se: Double) {
    let n = Double(values.count)
    let mean = values.reduce(0, +) / n
    let variance = values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / (n - 1)
    return (mean, (variance / n).squareRoot())
  }

  @Test(
    "recovery differs by the input odds ratio",
    arguments: [
      ("imd_quintile", "1", "2", log(0.48 / 0.58)), ("ethnicity", "asian", "white", log(0.82 / 0.99)),
    ])
  func gradientActs(_ dimension: String, _ a: String, _ b: String, _ expected: Double) async throws {
    let hub = try await careBatch(.hub, length: Self.length)
    let (mean, se) = meanAndSE(logOddsDifferences(hub, dimension, a, b))
    report("\(dimension) \(a) vs \(b): log odds difference \(mean) (SE \(se)), input \(expected)")
    #expect(se > 0 && se < 0.06, "standard error \(se)")
    #expect(abs(mean - expected) <= 3 * se + Self.mixingAllowance, "\(mean) (SE \(se)) against \(expected)")
  }

  @Test(
    "with every mechanism off, groups differ only by noise",
    arguments: [("imd_quintile", "1", "2"), ("ethnicity", "asian", "white")])
  func offIsNoise(_ dimension: String, _ a: String, _ b: String) async throws {
    let flat = try await careBatch(.hub, Self.off, length: Self.length)
    let (mean, se) = meanAndSE(logOddsDifferences(flat, dimension, a, b))
    report("off, \(dimension) \(a) vs \(b): log odds difference \(mean) (SE \(se))")
    #expect(abs(mean) <= 3 * se + Self.mixingAllowance, "\(mean) (SE \(se))")
  }

  /// Odds ratios renormalised over the referred mix keep each service's input: the overall
  /// recovery rate with the ratios on is within 3 paired standard errors plus 0.005 of the rate
  /// with them at 1 (finished courses are not exactly the referred mix: that gap is below 0.005).
  @Test("the renormalised odds keep the overall recovery rate")
  func overallKept() async throws {
    let flatOdds = [
      "equity.recovery_odds_by_imd_quintile=[1,1,1,1,1]",
      "equity.recovery_odds_by_ethnicity={white: 1, asian: 1, black: 1, mixed: 1, other: 1}",
    ]
    let on = try await careBatch(.hub, length: Self.length)
    let flat = try await careBatch(.hub, flatOdds, length: Self.length)
    let difference = paired(flat, on, "recovery.rate")
    report("overall recovery, odds on minus off: \(difference)")
    #expect(abs(difference.mean) <= 3 * difference.standardError + 0.005, "\(difference)")
  }

  /// The shift solves the renormalisation: the mix-weighted mean probability equals the input.
  @Test("the log-odds shift keeps a weighted mean", arguments: [0.2, 0.45, 0.51, 0.9])
  func shiftKeepsMean(_ p: Double) {
    let logOdds = [log(0.48), log(0.58), log(0.69), log(0.83), 0]
    let mix = [0.58, 0.25, 0.11, 0.05, 0.01]
    let shift = RecoveryOdds.shift(rate: p, logOdds: logOdds, mix: mix)
    let mean = zip(mix, logOdds).reduce(0) { $0 + $1.0 * RecoveryOdds.probability(rate: p, logOdds: $1.1 + shift) }
    #expect(abs(mean - p) <= 1e-9, "\(mean) vs \(p)")
    let low = RecoveryOdds.probability(rate: p, logOdds: logOdds[0] + shift)
    let high = RecoveryOdds.probability(rate: p, logOdds: logOdds[4] + shift)
    let ratio = (low / (1 - low)) / (high / (1 - high))
    #expect(abs(ratio - 0.48) <= 1e-9, "odds ratio \(ratio)")
  }
}
