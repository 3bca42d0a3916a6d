/// A way of grouping people for population outputs and breakdowns.
public enum PopulationDimension: String, Sendable, CaseIterable {
  case imdQuintile = "imd_quintile"
  case ethnicity
  case ageBand = "age_band"
  case sex
  case mentalHealth = "mental_health"

  /// The groups of this dimension, in output order.
  public var groups: [String] {
    switch self {
    case .imdQuintile: return (1...5).map(String.init)
    case .ethnicity: return Ethnicity.allCases.map(\.rawValue)
    case .ageBand: return AgeBand.allCases.map(\.rawValue)
    case .sex: return Sex.allCases.map(\.rawValue)
    case .mentalHealth: return MentalHealthState.allCases.map(\.rawValue)
    }
  }

  /// The position of `person`'s group in `groups`.
  public func groupIndex(of person: Person) -> Int {
    switch self {
    case .imdQuintile: return person.imdQuintile - 1
    case .ethnicity: return Ethnicity.allCases.firstIndex(of: person.ethnicity) ?? 0
    case .ageBand: return person.band.index
    case .sex: return person.sex.index
    case .mentalHealth: return MentalHealthState.allCases.firstIndex(of: person.state) ?? 0
    }
  }

  /// The name of `person`'s group.
  public func group(of person: Person) -> String { groups[groupIndex(of: person)] }
}
