import Population

extension CareModel {
  /// Adds the natural course of every new episode the inflow brings (each until the same
  /// person's next episode): the utility and suicide hazard the people referred would have had
  /// without the service, the same in every design that shares the inflow's referrals.
  mutating func addNaturalCourses() {
    var next = [Double](repeating: .infinity, count: referrals.isEmpty ? 0 : people.count)
    for referral in referrals.reversed() {
      let person = Int(referral.person)
      let who = people[person]
      addNaturalCourse(
        from: referral.day, until: next[person], need: referral.episodeState,
        suicideBase: suicideTable.base(sex: who.sex, band: AgeBand(age: who.age)))
      next[person] = referral.day
    }
  }

  /// Adds one episode's natural course of a person of `need` with suicide baseline
  /// `suicideBase` (per day), from `origin` until `until`: its utility-days and its expected
  /// suicides (ill until remission, then recovered for the contact window, then well).
  mutating func addNaturalCourse(
    from origin: Double, until: Double, need: MentalHealthState, suicideBase: Double
  ) {
    let need = need == .none ? MentalHealthState.mildModerate : need
    let remission = startDesign.naturalHistory.remissionPerDay(need)
    ledger.addNaturalCourse(
      from: origin, until: until, symptomatic: utilityTable.utility(.untreated, need: need),
      recovered: utilityTable.utility(.recovered, need: need), remissionPerDay: remission)
    let ill = suicideTable.rates(.untreated, need: need, base: suicideBase)
    let recovered = suicideTable.rates(.recovered, need: need, base: suicideBase).contact
    let window = startDesign.risk.contactWindowDays
    naturalCourseDeaths += ledger.addSplit(
      .naturalCourseDeaths, from: origin, to: until, runEnd: startDesign.horizonDays
    ) { start, end in
      QALYAccounting.naturalCourseDeaths(
        from: start, to: end, origin: origin, ill: ill.contact, recovered: recovered, well: ill.general,
        remissionPerDay: remission, window: window)
    }
  }
}
