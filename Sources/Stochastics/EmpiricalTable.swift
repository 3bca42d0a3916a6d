/// A discrete distribution over arbitrary values, sampled in constant time with Walker's alias
/// method (Vose 1991 construction).
public struct EmpiricalTable: Sendable, Hashable {
  /// The possible outcomes, in the order given.
  public let values: [Double]
  /// Probabilities of `values` (normalised weights, summing to 1).
  public let probabilities: [Double]
  @usableFromInline let alias: AliasTable

  /// Builds the table. Weights must be finite, non-negative and not all zero; values finite.
  public init(values: [Double], weights: [Double]) throws {
    guard !values.isEmpty else { throw StochasticsError.badTable("values must not be empty") }
    guard values.count == weights.count else {
      throw StochasticsError.badTable(
        "values and weights must have the same length (\(values.count) and \(weights.count))")
    }
    guard values.allSatisfy(\.isFinite) else {
      throw StochasticsError.badTable("every value must be a finite number")
    }
    alias = try AliasTable(weights: weights)
    self.values = values
    probabilities = alias.probabilities
  }

  /// One value, drawn with the given stream.
  @inlinable
  public func sample(_ stream: RandomStream) -> Double {
    values[alias.sampleIndex(stream)]
  }

  /// The mean of the table.
  public var mean: Double { zip(values, probabilities).reduce(0) { $0 + $1.0 * $1.1 } }

  /// The variance of the table.
  public var variance: Double {
    let m = mean
    return zip(values, probabilities).reduce(0) { $0 + $1.1 * ($1.0 - m) * ($1.0 - m) }
  }
}
