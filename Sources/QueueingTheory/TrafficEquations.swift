/// Solver for the traffic equations of an open Jackson network, `λ = γ + Pᵀ λ`.
///
/// Rearranged as `(I - Pᵀ) λ = γ` and solved by Gaussian elimination with partial
/// pivoting (Golub & Van Loan, *Matrix Computations*, 4th ed., §3.4). O(n³) time.
enum TrafficEquations {
  /// Pivots smaller than this (entries of `I - Pᵀ` are at most 1 in magnitude) mean the
  /// matrix is singular to working precision.
  static let pivotTolerance = 1e-12

  /// Solves `(I - Pᵀ) λ = γ`.
  /// - Parameters:
  ///   - externalArrivalRates: `γ`, length `n` (customers per time unit).
  ///   - routing: `P`, `n × n`, `routing[i][j]` = probability of moving from `i` to `j`.
  /// - Returns: total arrival rates `λ` per node (customers per time unit).
  /// - Throws: ``QueueingTheoryError/singularTrafficEquations`` if a pivot vanishes.
  static func solve(externalArrivalRates gamma: [Double], routing: [[Double]])
    throws(QueueingTheoryError) -> [Double]
  {
    let n = gamma.count
    // Augmented matrix [I - Pᵀ | γ].
    var a = [[Double]](repeating: [Double](repeating: 0, count: n + 1), count: n)
    for i in 0..<n {
      for j in 0..<n {
        a[i][j] = (i == j ? 1 : 0) - routing[j][i]
      }
      a[i][n] = gamma[i]
    }
    for col in 0..<n {
      var pivotRow = col
      for row in (col + 1)..<n where abs(a[row][col]) > abs(a[pivotRow][col]) {
        pivotRow = row
      }
      guard abs(a[pivotRow][col]) > pivotTolerance else {
        throw .singularTrafficEquations
      }
      if pivotRow != col { a.swapAt(pivotRow, col) }
      let pivot = a[col][col]
      for row in (col + 1)..<n {
        let factor = a[row][col] / pivot
        if factor == 0 { continue }
        for k in col...n { a[row][k] -= factor * a[col][k] }
      }
    }
    var solution = [Double](repeating: 0, count: n)
    for i in stride(from: n - 1, through: 0, by: -1) {
      var sum = a[i][n]
      for j in (i + 1)..<n { sum -= a[i][j] * solution[j] }
      solution[i] = sum / a[i][i]
    }
    return solution
  }
}
