import Scenario
import Stochastics

/// The draws of a probabilistic sensitivity analysis: a Latin hypercube over the inputs drawn on
/// their own (one coordinate each, by inversion of the input's distribution) and one coordinate
/// per table of joint draws (a row chosen by its weight), so `values[d][c]` is column c in draw d.
public struct PSASampling: Sendable {
  /// The columns, inputs first, then table keys.
  public let columns: [PSAColumn]
  /// The drawn values by draw, then column.
  public let values: [[Double]]

  /// Draws `count` points for `spec` from `seed` (the scenario's master seed).
  public init(spec: UncertaintySpec, count: Int, seed: UInt64) {
    var columns = spec.inputs.map { input in
      PSAColumn(key: input.key, applies: input.applies, input: input, table: nil, file: input.file)
    }
    for (index, table) in spec.tables.enumerated() {
      columns += table.keys.enumerated().map { column, key in
        PSAColumn(key: key, applies: .value, input: nil, table: (index, column), file: table.file)
      }
    }
    let purposes = spec.inputs.map(\.key) + spec.tables.map { "draws:\($0.file)" }
    let cube = LatinHypercube.sample(count: count, purposes: purposes, seed: seed)
    values = cube.map { point in
      var row = zip(spec.inputs, point).map { $0.distribution.quantile($1) }
      for (index, table) in spec.tables.enumerated() {
        row += table.row(at: point[spec.inputs.count + index])
      }
      return row
    }
    self.columns = columns
  }

  /// The draws of column `c`.
  public func column(_ c: Int) -> [Double] { values.map { $0[c] } }
}
