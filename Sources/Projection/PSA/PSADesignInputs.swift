import Scenario
import Yams

/// Which drawn columns apply to one design and the design's own value at each key (the centre
/// a multiplier or odds ratio moves).
public struct PSADesignInputs: Sendable {
  /// For each column: nil when it does not apply to this design, else the design's own value
  /// (nil inside when the key is absent, for a value input).
  public let own: [Double??]

  /// Checks each column against the design. A default input that sets a key the design does not
  /// write is kept only when the design loads with it at its mean (so a price for a service the
  /// design lacks is left out).
  init(columns: [PSAColumn], design: PSADesign) {
    let tree = design.tree
    own = columns.map { column -> Double?? in
      let current = ScenarioNumber.at(column.key, in: tree)
      switch column.applies {
      case .multiplier, .oddsRatio:
        return current.map { .some($0) }
      case .value:
        let probe = SetOverride(uncertainPath: column.key.split(separator: ".").map(String.init), value: 0, source: "")
        guard (try? probe.apply(to: tree)) != nil else { return nil }
        if current == nil, !column.isExplicit, let input = column.input {
          let atMean = SetOverride(
            uncertainPath: column.key.split(separator: ".").map(String.init), value: input.distribution.mean,
            source: "uncertainty: \(column.key)")
          guard (try? design.drawn([atMean])) != nil else { return nil }
        }
        return .some(current)
      }
    }
  }

  /// True when column `c` applies to this design.
  public func applies(_ c: Int) -> Bool { own[c] != nil }

  /// The overrides for one draw: each applying column's value in this design.
  func overrides(columns: [PSAColumn], draw: Int, values: [Double]) -> [SetOverride] {
    columns.indices.compactMap { c in
      guard let own = own[c] else { return nil }
      let column = columns[c]
      let value: Double?
      if let input = column.input {
        value = input.value(draw: values[c], own: own)
      } else {
        value = values[c]
      }
      guard let value else { return nil }
      return SetOverride(
        uncertainPath: column.key.split(separator: ".").map(String.init), value: value,
        source: "uncertainty: \(column.key) = \(NumberFormat.csv(value)) in draw \(draw + 1) (\(column.file))")
    }
  }
}
