import Stochastics
import Testing

/// Counts of `count` draws of `table`'s indices from the stream for `purpose`.
private func indexCounts(_ table: AliasTable, _ purpose: String, count: Int = drawCount) -> [Int] {
  let stream = testStream(purpose)
  var counts = [Int](repeating: 0, count: table.count)
  for _ in 0..<count { counts[table.sampleIndex(stream)] += 1 }
  return counts
}

/// Pearson's chi-square over the cells with non-zero probability.
private func chiSquare(_ counts: [Int], _ probabilities: [Double]) -> Double {
  let n = Double(counts.reduce(0, +))
  return zip(counts, probabilities).filter { $0.1 > 0 }.reduce(0) { sum, cell in
    let expected = n * cell.1
    let d = Double(cell.0) - expected
    return sum + d * d / expected
  }
}

@Suite("AliasTable and EmpiricalTable")
struct AliasTableTests {
  @Test("Frequencies match the probabilities; a zero weight is never drawn")
  func frequencies() throws {
    let weights: [Double] = [1, 2, 3, 4, 0, 10]
    let table = try AliasTable(weights: weights)
    #expect(table.count == 6)
    #expect(table.probabilities == weights.map { $0 / 20 })
    let counts = indexCounts(table, "alias.small")
    #expect(counts[4] == 0)
    for (i, p) in table.probabilities.enumerated() where p > 0 {
      let observed = Double(counts[i]) / Double(drawCount)
      let se = proportionStandardError(p, drawCount)
      #expect(abs(observed - p) <= 3 * se, "cell \(i): \(observed) vs \(p)")
    }
    // 5 non-zero cells, 4 degrees of freedom; the 99.9% point of chi-square(4) is 18.467.
    #expect(chiSquare(counts, table.probabilities) < 18.467)
  }

  @Test("A 50-cell table with zeros passes a chi-square test")
  func largeTable() throws {
    let stream = testStream("alias.weights")
    var weights = (0..<50).map { _ in stream.exponential(mean: 1) }
    for i in [0, 13, 49] { weights[i] = 0 }
    let table = try AliasTable(weights: weights)
    let counts = indexCounts(table, "alias.large")
    #expect(counts[0] == 0 && counts[13] == 0 && counts[49] == 0)
    // 47 non-zero cells, 46 degrees of freedom; the 99.9% point of chi-square(46) is 81.40.
    #expect(chiSquare(counts, table.probabilities) < 81.40)
    #expect(abs(table.probabilities.reduce(0, +) - 1) < 1e-12)
  }

  @Test(
    "Zero weights at either end or in the middle are never drawn",
    arguments: [[0, 1], [1, 0], [0, 0, 5, 0], [0, 1e-12, 0, 1], [3, 0, 3, 0, 3]])
  func zeroWeights(_ weights: [Double]) throws {
    let table = try AliasTable(weights: weights)
    let counts = indexCounts(table, "alias.zeros.\(weights)", count: 50_000)
    for (i, w) in weights.enumerated() where w == 0 {
      #expect(counts[i] == 0, "zero-weight cell \(i) drawn \(counts[i]) times")
    }
  }

  @Test("One weight always gives index 0; equal weights give a uniform index")
  func degenerateTables() throws {
    let one = try AliasTable(weights: [0.3])
    #expect(one.probabilities == [1])
    #expect(indexCounts(one, "alias.one", count: 1_000) == [1_000])
    let equal = try AliasTable(weights: [Double](repeating: 0.1, count: 10))
    let counts = indexCounts(equal, "alias.equal")
    let se = proportionStandardError(0.1, drawCount)
    #expect(counts.allSatisfy { abs(Double($0) / Double(drawCount) - 0.1) <= 3 * se })
  }

  @Test("A very skewed table still draws its rare cell at the right rate")
  func skewed() throws {
    let table = try AliasTable(weights: [1, 999])
    let counts = indexCounts(table, "alias.skewed")
    let se = proportionStandardError(0.001, drawCount)
    #expect(abs(Double(counts[0]) / Double(drawCount) - 0.001) <= 3 * se)
  }

  @Test("Tables built from the same weights are equal")
  func equality() throws {
    #expect(try AliasTable(weights: [1, 2, 3]) == AliasTable(weights: [1, 2, 3]))
    #expect(try AliasTable(weights: [1, 2, 3]) == AliasTable(weights: [2, 4, 6]))
    #expect(try AliasTable(weights: [1, 2, 3]) != AliasTable(weights: [3, 2, 1]))
  }

  @Test("EmpiricalTable: exact moments, normalised probabilities, draws only its values")
  func empiricalTable() throws {
    let table = try EmpiricalTable(values: [1, 2, 3], weights: [1, 1, 2])
    #expect(table.values == [1, 2, 3])
    #expect(table.probabilities == [0.25, 0.25, 0.5])
    #expect(close(table.mean, 2.25))
    #expect(close(table.variance, 0.6875))
    let stream = testStream("empirical.table")
    var counts: [Double: Int] = [:]
    for _ in 0..<drawCount { counts[table.sample(stream), default: 0] += 1 }
    #expect(Set(counts.keys) == [1, 2, 3])
    for (value, p) in zip(table.values, table.probabilities) {
      let observed = Double(counts[value] ?? 0) / Double(drawCount)
      #expect(abs(observed - p) <= 3 * proportionStandardError(p, drawCount))
    }
  }

  @Test("EmpiricalTable keeps repeated values as separate entries")
  func repeatedValues() throws {
    let table = try EmpiricalTable(values: [4, 4, 9], weights: [1, 1, 2])
    #expect(close(table.mean, 6.5))
    #expect(close(table.variance, 6.25))
  }
}
