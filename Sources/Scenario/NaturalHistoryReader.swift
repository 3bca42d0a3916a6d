import CareModel
import Population

/// Reads `natural_history:` (remission without treatment), filling absent severities from
/// `CareDefaults.remissionPerMonth`.
enum NaturalHistoryReader {
  /// The largest remission hazard accepted (per month): a mean time to remission of a week.
  static let maximumPerMonth = 4.35

  static func read(_ reader: MappingReader?) throws -> NaturalHistory {
    try reader?.rejectUnknownKeys(["remission_per_month"])
    var rates = CareDefaults.remissionPerMonth
    if let map = try reader?.mapping("remission_per_month") {
      for (name, _) in map.pairs {
        let state = try PathwayReader.needState(name, map)
        rates[state] =
          try map.double(
            name, in: 0...maximumPerMonth,
            allowed: ScenarioLimits.range(0, maximumPerMonth, "a remission hazard per month (0 switches it off)"))
          ?? 0
      }
    }
    return NaturalHistory(remissionPerMonth: rates)
  }
}
