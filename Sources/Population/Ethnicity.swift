/// A person's ethnic group, in the five Census 2021 high-level groups.
///
/// Arab is counted in `other`, as in the Census high-level classification.
public enum Ethnicity: String, Sendable, CaseIterable {
  case white, asian, black, mixed, other

  /// The group's position in `allCases` (0 = white ... 4 = other), for per-group tables.
  @inlinable public var index: Int {
    switch self {
    case .white: return 0
    case .asian: return 1
    case .black: return 2
    case .mixed: return 3
    case .other: return 4
    }
  }
}
