import Population

/// Waits and recovery by group (IMD quintile, ethnicity, age band, sex), after warm-up.
struct BreakdownCounters {
  /// Per dimension and group: referrals, first treatments with their summed waits, finished
  /// courses and recoveries.
  struct Cell {
    var referrals = 0
    var firstTreatments = 0
    var waitDays = 0.0
    var finished = 0
    var recovered = 0
  }

  /// The dimensions, in output order.
  static let dimensions = ["imd_quintile", "ethnicity", "age_band", "sex"]

  private(set) var cells: [String: [String: Cell]] = [:]

  /// The group of `person` in each dimension.
  static func groups(of person: Person) -> [String] {
    [String(person.imdQuintile), person.ethnicity.rawValue, person.ageBand, person.sex.rawValue]
  }

  mutating func update(_ person: Person, _ change: (inout Cell) -> Void) {
    for (dimension, group) in zip(BreakdownCounters.dimensions, BreakdownCounters.groups(of: person)) {
      change(&cells[dimension, default: [:]][group, default: Cell()])
    }
  }
}
