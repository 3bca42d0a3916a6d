/// Latin hypercube sampling (McKay, Beckman and Conover 1979): n points in the unit cube whose
/// every coordinate has exactly one point in each of the n equal strata, placed uniformly at
/// random within its stratum.
///
/// Each coordinate has its own stream, named by `purposes[k]` under the master seed, so adding
/// or removing one input leaves every other input's column unchanged.
public enum LatinHypercube {
  /// `count` points of `purposes.count` coordinates: `points[i][k]` in (0, 1).
  public static func sample(count: Int, purposes: [String], seed: UInt64) -> [[Double]] {
    var points = Array(repeating: Array(repeating: 0.0, count: purposes.count), count: count)
    for (k, purpose) in purposes.enumerated() {
      let stream = RandomStream(master: seed, replication: 0, purpose: "psa.lhs.\(purpose)")
      var strata = Array(0..<count)
      for i in stride(from: count - 1, to: 0, by: -1) {
        strata.swapAt(i, stream.integer(below: i + 1))
      }
      for i in 0..<count {
        points[i][k] = (Double(strata[i]) + stream.uniformPositive()) / Double(count)
      }
    }
    return points
  }
}
