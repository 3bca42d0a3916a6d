import Population

extension CareModel {
  /// Adds the natural course of every new episode the inflow brings (each until the same
  /// person's next episode) to the ledger: what the people referred would have had without the
  /// service, the same in every design that shares the inflow's referrals.
  mutating func addNaturalCourses() {
    var next = [Double](repeating: .infinity, count: referrals.isEmpty ? 0 : people.count)
    for referral in referrals.reversed() {
      let person = Int(referral.person)
      addNaturalCourse(from: referral.day, until: next[person], need: referral.episodeState)
      next[person] = referral.day
    }
  }

  /// Adds one episode's natural course of a person of `need`, from `origin` until `until`.
  mutating func addNaturalCourse(from origin: Double, until: Double, need: MentalHealthState) {
    let need = need == .none ? MentalHealthState.mildModerate : need
    ledger.addNaturalCourse(
      from: origin, until: until, symptomatic: utilityTable.utility(.untreated, need: need),
      recovered: utilityTable.utility(.recovered, need: need),
      remissionPerDay: startDesign.naturalHistory.remissionPerDay(need))
  }
}
