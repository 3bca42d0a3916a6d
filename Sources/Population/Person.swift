/// One resident of a synthetic area: fixed attributes and the mental-health state at the start.
///
/// Stored compactly (10 bytes, stride 12) so a population of millions fits easily in memory:
/// the age and IMD quintile are kept as bytes and read back as `Int`.
public struct Person: Sendable, Hashable {
  /// The person's number: their index in `SyntheticPopulation.people` (0-based).
  public let id: Int32
  @usableFromInline let ageYears: UInt8
  @usableFromInline let quintile: UInt8
  /// Sex.
  public let sex: Sex
  /// Ethnic group.
  public let ethnicity: Ethnicity
  /// True when the person has a long-term physical condition (diabetes, COPD, heart disease...).
  public let longTermCondition: Bool
  /// Mental-health state at the start of the run.
  public let state: MentalHealthState

  /// A person. `age` is clamped to 0...`AgeBand.oldestAge` years and `imdQuintile` to 1...5.
  public init(
    id: Int32, age: Int, sex: Sex, imdQuintile: Int, ethnicity: Ethnicity, longTermCondition: Bool,
    state: MentalHealthState
  ) {
    self.id = id
    ageYears = UInt8(Swift.min(Swift.max(age, 0), AgeBand.oldestAge))
    quintile = UInt8(Swift.min(Swift.max(imdQuintile, 1), 5))
    self.sex = sex
    self.ethnicity = ethnicity
    self.longTermCondition = longTermCondition
    self.state = state
  }

  /// Age in whole years at the start of the run.
  @inlinable public var age: Int { Int(ageYears) }

  /// National Index of Multiple Deprivation quintile of the person's neighbourhood:
  /// 1 = most deprived fifth of England, 5 = least deprived.
  @inlinable public var imdQuintile: Int { Int(quintile) }

  /// The standard age band, e.g. `"16-24"` (see `AgeBand`).
  public var ageBand: String { AgeBand(age: age).rawValue }

  /// The standard age band as a value.
  @inlinable public var band: AgeBand { AgeBand(age: age) }
}
