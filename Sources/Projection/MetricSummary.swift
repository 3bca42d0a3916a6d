import Stochastics

/// A metric's mean over replications with a two-sided 95% t interval.
public struct MetricSummary: Sendable, Equatable, Codable {
  /// The metric's name.
  public let name: String
  /// The mean over replications.
  public let mean: Double
  /// The interval's bounds; nil with fewer than two replications.
  public let ciLow: Double?
  public let ciHigh: Double?
  /// The number of replications with a value.
  public let replications: Int
  /// The sample standard deviation over replications (0 with one).
  public let sd: Double

  /// Summarises per-replication values (non-finite values are skipped).
  public init(name: String, values: [Double], confidence: Double = 0.95) {
    let finite = values.filter(\.isFinite)
    self.name = name
    replications = finite.count
    let n = Double(finite.count)
    let mean = finite.isEmpty ? .nan : finite.reduce(0, +) / n
    let variance =
      finite.count > 1 ? finite.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / (n - 1) : 0
    self.mean = mean
    sd = variance.squareRoot()
    if let t = StudentT.criticalValue(confidence: confidence, samples: finite.count) {
      let half = t * sd / n.squareRoot()
      ciLow = mean - half
      ciHigh = mean + half
    } else {
      ciLow = nil
      ciHigh = nil
    }
  }

  /// A summary whose interval comes from elsewhere (for example Fieller's interval of a ratio);
  /// `sd` is NaN.
  public init(name: String, mean: Double, ciLow: Double?, ciHigh: Double?, replications: Int) {
    self.name = name
    self.mean = mean
    self.ciLow = ciLow
    self.ciHigh = ciHigh
    self.replications = replications
    sd = .nan
  }

  /// The interval's half-width, or nil with one replication.
  public var halfWidth: Double? { ciHigh.map { $0 - mean } }

  /// The standard error of the mean.
  public var standardError: Double { replications > 0 ? sd / Double(replications).squareRoot() : .nan }
}
