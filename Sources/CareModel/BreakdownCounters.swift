import Population

/// Waits and recovery by group (IMD quintile, ethnicity, age band, sex), after warm-up.
///
/// Counts are kept in fixed arrays indexed by each dimension's group number, so an update
/// does no hashing and builds no strings; `cells` gives them by dimension and group name.
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

  /// Each dimension's group names, in group-number order.
  static let groupNames: [[String]] = [
    (1...5).map { String($0) }, Ethnicity.allCases.map(\.rawValue), AgeBand.allCases.map(\.rawValue),
    Sex.allCases.map(\.rawValue),
  ]

  /// Per dimension and group number: the counts, or nil while no one of that group was counted.
  private var counts: [[Cell?]] = BreakdownCounters.groupNames.map { [Cell?](repeating: nil, count: $0.count) }

  /// The counts by dimension name and group name; groups with no one counted are left out.
  var cells: [String: [String: Cell]] {
    var result: [String: [String: Cell]] = [:]
    for (dimension, name) in BreakdownCounters.dimensions.enumerated() {
      for (group, cell) in counts[dimension].enumerated() {
        if let cell { result[name, default: [:]][BreakdownCounters.groupNames[dimension][group]] = cell }
      }
    }
    return result
  }

  /// The group number of `person` in each dimension, in `dimensions` order.
  static func groups(of person: Person) -> (Int, Int, Int, Int) {
    (person.imdQuintile - 1, person.ethnicity.index, person.band.index, person.sex.index)
  }

  mutating func update(_ person: Person, _ change: (inout Cell) -> Void) {
    let groups = BreakdownCounters.groups(of: person)
    change(&counts[0][groups.0, default: Cell()])
    change(&counts[1][groups.1, default: Cell()])
    change(&counts[2][groups.2, default: Cell()])
    change(&counts[3][groups.3, default: Cell()])
  }
}

extension Array {
  /// The optional element at `index`, read as `defaultValue` when nil and stored on write.
  fileprivate subscript<Wrapped>(index: Int, default defaultValue: @autoclosure () -> Wrapped) -> Wrapped
  where Element == Wrapped? {
    get { self[index] ?? defaultValue() }
    set { self[index] = newValue }
  }
}
