import Population

extension CareModel {
  /// True when patient `p` stands for a person of the population no older than the area's
  /// young-people age (age at the start of the run; only eligible people are referred).
  func isYoung(_ p: Int) -> Bool {
    guard let youngPeople, let person = patients[p].person else { return false }
    return youngPeople.includes(age: people[Int(person)].age)
  }

  /// The multiplier of patient `p`'s probability of missing an assessment or a session: the
  /// area's `young_people.dna_multiplier` for a young person, else exactly 1.
  func youngPeopleDNAFactor(_ p: Int) -> Double {
    guard let youngPeople, isYoung(p) else { return 1 }
    return youngPeople.dnaMultiplier
  }

  /// The multiplier of patient `p`'s probability of recovery: the area's
  /// `young_people.recovery_multiplier` for a young person, else exactly 1.
  func youngPeopleRecoveryFactor(_ p: Int) -> Double {
    guard let youngPeople, isYoung(p) else { return 1 }
    return youngPeople.recoveryMultiplier
  }
}
