import Population

extension CareModel {
  /// The condition-management service for patient `p` after assessment, or nil.
  ///
  /// Only a person of the population with the long-term-condition flag and a common mental
  /// disorder (not SMI) is considered; they go there with probability
  /// `pathway.long_term_conditions.share`, drawn from their own `person.long_term_condition`
  /// stream so every other draw is as it would be without the pathway.
  func longTermConditionService(_ p: Int) -> Int? {
    guard let service = index.longTermConditions, let route = design.pathway.longTermConditions,
      let stream = streams[p].conditions, let person = patients[p].person,
      people[Int(person)].longTermCondition, patients[p].state != .smi
    else { return nil }
    return stream.uniform() < route.share ? service : nil
  }

  /// True when the design at the start or after any dated change has the pathway: every patient
  /// then gets the `conditions` stream, so a pathway that starts mid-run reaches everyone.
  var usesLongTermConditionPathway: Bool {
    startDesign.pathway.longTermConditions != nil
      || changes.contains { $0.design.pathway.longTermConditions != nil }
  }
}
