import Population

/// A design's utilities as one array by risk state and need, read on every risk spell without
/// hashing.
struct UtilityTable {
  /// Utility by `SuicideRateTable.stateIndex` x `SuicideRateTable.needIndex`.
  let values: [Double]

  init(_ spec: UtilitySpec) {
    let needs = MentalHealthState.allCases.count
    var values = [Double](repeating: 0, count: RiskState.allCases.count * needs)
    for state in RiskState.allCases {
      for need in MentalHealthState.allCases {
        values[SuicideRateTable.stateIndex(state) * needs + SuicideRateTable.needIndex(need)] =
          spec.utility(state, need: need)
      }
    }
    self.values = values
  }

  /// The utility of a person of `need` in `state`.
  func utility(_ state: RiskState, need: MentalHealthState) -> Double {
    values[SuicideRateTable.stateIndex(state) * MentalHealthState.allCases.count + SuicideRateTable.needIndex(need)]
  }
}
