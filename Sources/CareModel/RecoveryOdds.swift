import Foundation

/// Recovery probabilities moved on the odds scale, and the shift that keeps an overall rate.
///
/// A group with log odds ratio b recovers with probability `logistic(logit(p) + c + b)`, where p
/// is the service's input and c the shift solving `sum_g w_g logistic(logit(p) + c + b_g) = p`
/// over the referred mix w (weights summing to 1). The left side rises strictly with c, so the
/// root is unique; it is found by bisection to 1e-12 in c.
public enum RecoveryOdds {
  /// The probability of a group whose log odds differ from the input's by `logOdds`
  /// (p in 0...1; 0 and 1 are kept as they are).
  public static func probability(rate p: Double, logOdds: Double) -> Double {
    guard p > 0, p < 1 else { return p }
    let z = log(p / (1 - p)) + logOdds
    return 1 / (1 + exp(-z))
  }

  /// The shift c of the log odds that keeps the mix-weighted mean probability at `p`.
  ///
  /// - Parameters:
  ///   - logOdds: each group's log odds ratio (groups beyond `mix` are ignored).
  ///   - mix: each group's weight (>= 0); without weight the shift is 0.
  public static func shift(rate p: Double, logOdds: [Double], mix: [Double]) -> Double {
    guard p > 0, p < 1 else { return 0 }
    let total = zip(mix, logOdds).reduce(0) { $0 + $1.0 }
    guard total > 0 else { return 0 }
    func mean(_ c: Double) -> Double {
      zip(mix, logOdds).reduce(0) { $0 + $1.0 * probability(rate: p, logOdds: $1.1 + c) } / total
    }
    var low = -40.0
    var high = 40.0
    while high - low > 1e-12 {
      let middle = (low + high) / 2
      if mean(middle) < p { low = middle } else { high = middle }
    }
    return (low + high) / 2
  }
}
