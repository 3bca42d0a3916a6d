/// Cost-effectiveness of ALT against BASE over the draws of a probabilistic sensitivity
/// analysis. For draw d, ΔC_d and ΔQ_d are the means over its paired replications of ALT minus
/// BASE discounted cost (pounds) and discounted QALYs gained; the incremental net benefit at a
/// threshold λ (pounds per QALY) is INB_d(λ) = λ ΔQ_d - ΔC_d.
///
/// The acceptability curve is the share of draws with INB_d(λ) > 0. The expected value of perfect
/// information is EVPI(λ) = mean over d of max(0, INB_d(λ)) - max(0, mean INB(λ)): what knowing
/// the inputs for certain would be worth to the decision, in pounds over the projection (it
/// includes the noise left in each draw's mean, so it is an upper estimate with few replications).
public struct PSACostEffectiveness: Sendable {
  /// ΔC_d, pounds.
  public let incrementalCost: [Double]
  /// ΔQ_d, QALYs.
  public let incrementalQALY: [Double]
  /// The thresholds of the curve: £0 to £50,000 per QALY in steps of £1,000.
  public let thresholds: [Double]

  /// The thresholds the curve is drawn at.
  public static let curveThresholds = stride(from: 0.0, through: 50_000, by: 1_000).map { $0 }
  /// The threshold the tornado chart and the headline use (NICE's lower threshold).
  public static let referenceThreshold = 20_000.0

  public init(incrementalCost: [Double], incrementalQALY: [Double], thresholds: [Double] = curveThresholds) {
    self.incrementalCost = incrementalCost
    self.incrementalQALY = incrementalQALY
    self.thresholds = thresholds
  }

  /// INB_d(λ) for every draw.
  public func netBenefit(at threshold: Double) -> [Double] {
    zip(incrementalQALY, incrementalCost).map { threshold * $0 - $1 }
  }

  /// Share of draws in which ALT is cost-effective at `threshold`.
  public func probabilityCostEffective(at threshold: Double) -> Double {
    let inb = netBenefit(at: threshold)
    guard !inb.isEmpty else { return .nan }
    return Double(inb.filter { $0 > 0 }.count) / Double(inb.count)
  }

  /// Mean INB at `threshold`, pounds.
  public func expectedNetBenefit(at threshold: Double) -> Double {
    let inb = netBenefit(at: threshold)
    return inb.isEmpty ? .nan : inb.reduce(0, +) / Double(inb.count)
  }

  /// EVPI at `threshold`, pounds.
  public func evpi(at threshold: Double) -> Double {
    let inb = netBenefit(at: threshold)
    guard !inb.isEmpty else { return .nan }
    let perfect = inb.reduce(0) { $0 + max(0, $1) } / Double(inb.count)
    return perfect - max(0, expectedNetBenefit(at: threshold))
  }

  /// Mean ΔC and ΔQ.
  public var meanCost: Double { incrementalCost.reduce(0, +) / Double(max(1, incrementalCost.count)) }
  public var meanQALY: Double { incrementalQALY.reduce(0, +) / Double(max(1, incrementalQALY.count)) }
}
