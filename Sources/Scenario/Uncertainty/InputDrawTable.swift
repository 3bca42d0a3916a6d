import Foundation

/// Joint draws of several inputs read from a CSV file (for example the posterior of a
/// calibration): one row per draw, a column per dotted key, an optional `weight` column
/// (importance weights, normalised here) and an optional `draw` column (ignored). A PSA draw
/// takes a whole row, so the inputs keep their correlation.
public struct InputDrawTable: Sendable, Equatable {
  /// The file, as written in the scenario.
  public let file: String
  /// The keys, in column order.
  public let keys: [String]
  /// The rows' values, in key order.
  public let rows: [[Double]]
  /// Each row's weight, summing to 1.
  public let weights: [Double]

  /// The most rows a table may hold.
  public static let maximumRows = 1_000_000

  public init(file: String, keys: [String], rows: [[Double]], weights: [Double]) {
    self.file = file
    self.keys = keys
    self.rows = rows
    self.weights = weights
  }

  /// The row at cumulative weight `u` (0 < u < 1): inversion of the weights' distribution.
  public func row(at u: Double) -> [Double] {
    var cumulative = 0.0
    for (index, weight) in weights.enumerated() {
      cumulative += weight
      if u < cumulative { return rows[index] }
    }
    return rows[rows.count - 1]
  }

  /// The weighted mean of each key.
  public var means: [Double] {
    (0..<keys.count).map { k in zip(rows, weights).reduce(0) { $0 + $1.0[k] * $1.1 } }
  }

  /// Reads `path` (the text as written, `resolved` the file to open).
  static func read(path: String, resolved: String, scenario: String, keyPath: String) throws -> InputDrawTable {
    func failure(_ problem: String, _ allowed: String) -> ScenarioError {
      .invalid(file: scenario, keyPath: keyPath, line: nil, problem: problem, allowed: allowed)
    }
    let allowed = "a CSV file beside the scenario: a header of dotted keys (and optional draw, weight), then numbers"
    guard let data = FileManager.default.contents(atPath: resolved), let text = String(data: data, encoding: .utf8)
    else { throw failure("cannot read '\(path)' (looked at \(resolved))", allowed) }
    let lines = text.split(whereSeparator: \.isNewline).map(String.init).filter { !$0.isEmpty }
    guard let header = lines.first else { throw failure("'\(path)' is empty", allowed) }
    let columns = header.split(separator: ",", omittingEmptySubsequences: false).map {
      $0.trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "\""))
    }
    let keyColumns = columns.indices.filter { !["draw", "weight"].contains(columns[$0]) }
    let weightColumn = columns.firstIndex(of: "weight")
    guard !keyColumns.isEmpty else { throw failure("'\(path)' has no key columns", allowed) }
    guard lines.count - 1 <= maximumRows else {
      throw failure("'\(path)' has \(lines.count - 1) rows", "1 to \(maximumRows) rows")
    }
    var rows: [[Double]] = []
    var weights: [Double] = []
    for (number, line) in lines.dropFirst().enumerated() {
      let cells = line.split(separator: ",", omittingEmptySubsequences: false).map {
        $0.trimmingCharacters(in: .whitespaces)
      }
      guard cells.count == columns.count else {
        throw failure("row \(number + 1) of '\(path)' has \(cells.count) cells, not \(columns.count)", allowed)
      }
      var row: [Double] = []
      for column in keyColumns {
        guard let value = Double(cells[column]), value.isFinite else {
          throw failure(
            "row \(number + 1) of '\(path)': '\(cells[column])' in \(columns[column]) is not a number", allowed)
        }
        row.append(value)
      }
      rows.append(row)
      let weight = weightColumn.map { Double(cells[$0]) ?? -1 } ?? 1
      guard weight >= 0, weight.isFinite else {
        throw failure("row \(number + 1) of '\(path)': the weight is not a number of at least 0", allowed)
      }
      weights.append(weight)
    }
    let total = weights.reduce(0, +)
    guard !rows.isEmpty, total > 0 else { throw failure("'\(path)' has no rows with weight above 0", allowed) }
    return InputDrawTable(
      file: path, keys: keyColumns.map { columns[$0] }, rows: rows, weights: weights.map { $0 / total })
  }
}
