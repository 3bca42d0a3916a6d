extension Area {
  /// True when `person` is eligible and no older than the area's young-people age (false when
  /// the area gives no `young_people` section).
  public func isYoungPerson(_ person: Person) -> Bool {
    guard let youngPeople, person.age >= eligibleAge else { return false }
    return youngPeople.includes(age: person.age)
  }

  /// Checks `young_people`: `to_age` from the eligible age to 25 and both multipliers from 0 to 10.
  func validateYoungPeople() throws {
    guard let youngPeople else { return }
    let oldest = YoungPeopleInputs.oldestToAge
    guard (eligibleAge...max(eligibleAge, oldest)).contains(youngPeople.toAge) else {
      throw Area.fail(
        "young_people.to_age", "\(youngPeople.toAge) is out of range",
        "a whole number of years from eligible_age (\(eligibleAge)) to \(oldest)")
    }
    let most = YoungPeopleInputs.maximumMultiplier
    let allowed = "a multiplier from 0 to \(Int(most))"
    try Area.check(youngPeople.dnaMultiplier, 0...most, "young_people.dna_multiplier", allowed)
    try Area.check(youngPeople.recoveryMultiplier, 0...most, "young_people.recovery_multiplier", allowed)
  }
}
