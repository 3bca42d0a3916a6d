/// Walker's alias table: draws an index in 0..<n with given probabilities in O(1).
///
/// Construction follows Vose (1991), "A linear algorithm for generating random numbers with a
/// given distribution", IEEE Trans. Software Eng. 17(9), which is numerically stable.
public struct AliasTable: Sendable, Hashable {
  /// Probability of keeping column i rather than taking its alias.
  @usableFromInline let keep: [Double]
  /// The alternative index of column i.
  @usableFromInline let aliasIndex: [Int]
  /// The normalised probabilities the table was built from.
  public let probabilities: [Double]

  /// Builds a table from non-negative, finite weights that are not all zero.
  public init(weights: [Double]) throws {
    guard !weights.isEmpty else { throw StochasticsError.badTable("weights must not be empty") }
    guard weights.allSatisfy({ $0.isFinite && $0 >= 0 }) else {
      throw StochasticsError.badTable("every weight must be a finite number >= 0")
    }
    let total = weights.reduce(0, +)
    guard total > 0 else { throw StochasticsError.badTable("weights must not all be zero") }
    let n = weights.count
    probabilities = weights.map { $0 / total }
    var scaled = probabilities.map { $0 * Double(n) }
    var keep = [Double](repeating: 1, count: n)
    var aliasIndex = Array(0..<n)
    var small = scaled.indices.filter { scaled[$0] < 1 }
    var large = scaled.indices.filter { scaled[$0] >= 1 }
    while let s = small.popLast(), let l = large.popLast() {
      keep[s] = scaled[s]
      aliasIndex[s] = l
      scaled[l] = (scaled[l] + scaled[s]) - 1
      if scaled[l] < 1 { small.append(l) } else { large.append(l) }
    }
    self.keep = keep
    self.aliasIndex = aliasIndex
  }

  /// The number of outcomes.
  public var count: Int { keep.count }

  /// One index, drawn with a single uniform from `stream`.
  @inlinable
  public func sampleIndex(_ stream: RandomStream) -> Int {
    let u = stream.uniform() * Double(keep.count)
    let column = Swift.min(Int(u), keep.count - 1)
    return (u - Double(column)) < keep[column] ? column : aliasIndex[column]
  }
}
