import Population

/// The optional `young_people` section of an area file: `{to_age, dna_multiplier,
/// recovery_multiplier}` (docs/areas.md). Ranges that depend on the eligible age are checked
/// by `Area`.
enum AreaYoungPeopleSection {
  static let keys = ["to_age", "dna_multiplier", "recovery_multiplier"]

  /// The section, or nil when the file has none.
  static func read(_ top: MappingReader) throws -> YoungPeopleInputs? {
    guard let section = try top.mapping("young_people") else { return nil }
    try section.rejectUnknownKeys(keys)
    let ageAllowed = "a whole number of years from eligible_age to \(YoungPeopleInputs.oldestToAge)"
    let toAge = try AreaSections.required(
      try section.int("to_age", in: 0...99, allowed: ageAllowed), section, "to_age",
      ageAllowed)
    let most = YoungPeopleInputs.maximumMultiplier
    let allowed = "a multiplier from 0 to \(Int(most))"
    return YoungPeopleInputs(
      toAge: toAge, dnaMultiplier: try AreaSections.number(section, "dna_multiplier", 0...most, allowed),
      recoveryMultiplier: try AreaSections.number(section, "recovery_multiplier", 0...most, allowed))
  }
}
