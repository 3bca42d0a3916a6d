import Population
import SimCore
import Stochastics

extension CareModel {
  /// The patient record of a person, created on first referral with the person's streams.
  mutating func patient(forPerson person: Int32) -> Int32 {
    let existing = patientOfPerson[Int(person)]
    if existing >= 0 { return existing }
    let who = people[Int(person)]
    // A referral is for a common mental disorder episode: people without a disorder at the
    // population's start date have developed a mild-to-moderate one by the time they are referred.
    let state = who.state == .none ? MentalHealthState.mildModerate : who.state
    let number = addPatient(
      person: person, state: state, quintile: who.imdQuintile - 1, key: UInt64(person))
    patientOfPerson[Int(person)] = number
    return number
  }

  /// Adds a patient record and its streams; `key` identifies the person for stream seeding.
  ///
  /// - Parameter person: the index into the synthetic population, or nil for a record that
  ///   stands for no one in it.
  mutating func addPatient(person: Int32?, state: MentalHealthState, quintile: Int, key: UInt64)
    -> Int32
  {
    var record = Patient(person: person, state: state, quintile: min(4, max(0, quintile)))
    if let person {
      let who = people[Int(person)]
      record.suicideBase = suicideTable.base(sex: who.sex, band: AgeBand(age: who.age))
      record.group = EquityTables.group(quintile: who.imdQuintile, ethnicity: who.ethnicity)
    } else {
      record.suicideBase = anonymousSuicideBase
    }
    patients.append(record)
    streams.append(
      PatientStreams(
        master: design.seed, replication: replication, key: key,
        conditions: usesLongTermConditionPathway, arena: streamArena))
    return Int32(patients.count - 1)
  }

  /// The i-th new-episode referral arrives; the next one is scheduled.
  mutating func newReferral(_ number: Int, in simulation: inout Simulation<CareEvent>) {
    if number + 1 < referrals.count {
      simulation.schedule(
        .newReferral(index: Int32(number + 1)), at: referrals[number + 1].day,
        priority: CareEventPriority.arrival)
    }
    let referral = referrals[number]
    let patient = patient(forPerson: referral.person)
    // A person already in the pathway is not referred twice: the GP sees they are in care.
    switch patients[Int(patient)].phase {
    case .waiting, .inService, .secondary, .postDischarge: return
    case .untreated, .recovered, .inactive: break
    }
    patients[Int(patient)].state = referral.episodeState
    refer(patient, kind: .new, viaGP: referral.route == .gp, in: &simulation)
  }

  /// A referral (new, re-referral or relapse) reaches the entry service.
  mutating func refer(
    _ patient: Int32, kind: ReferralKind, viaGP: Bool = true, in simulation: inout Simulation<CareEvent>
  ) {
    let now = simulation.now
    let p = Int(patient)
    // A new referral ends any recovered time counted ahead to a relapse that has not happened.
    if patients[p].purposefulUntil > now {
      ledger.addSpan(.purposefulDays, from: now, to: patients[p].purposefulUntil, perDay: -1)
      patients[p].purposefulUntil = now
    }
    ledger.add(.referrals, at: now)
    if kind == .new { ledger.add(.newReferrals, at: now) }
    if viaGP { ledger.add(.gpConsultations, at: now) }
    if counts(now), let person = patients[p].person {
      breakdown.update(people[Int(person)]) { $0.referrals += 1 }
    }
    patients[p].token &+= 1
    patients[p].referralDay = now
    patients[p].referralKind = kind
    patients[p].reachedTreatment = false
    patients[p].referralOpen = true
    patients[p].treatmentSessions = 0
    patients[p].reroutes = 0
    patients[p].referralCounted = counts(now) && now <= design.horizonDays - 126
    if counts(now) {
      counters.referrals += 1
      if !viaGP { counters.selfReferrals += 1 }
      if kind == .new { counters.newReferrals += 1 }
      if patients[p].referralCounted { counters.referralsInWindow += 1 }
    }
    let turnedAway = design.pathway.turnedAway[patients[p].state] ?? 0
    if turnedAway > 0, streams[p].route.uniform() < turnedAway {
      if counts(now) { counters.turnedAway += 1 }
      leaveUntreated(patient, in: &simulation)
      return
    }
    guard let entry = index.entry else {
      route(patient, in: &simulation)
      return
    }
    if let lead = design.services[entry].bookingLead {
      // Contact, opt-in and booking before the assessment list: waiting, on no list yet.
      patients[p].phase = .waiting
      setRisk(patient, .waiting, at: now)
      simulation.schedule(
        .joinEntry(patient: patient, token: patients[p].token), after: max(0, lead.sample(streams[p].booking)),
        priority: CareEventPriority.arrival)
      return
    }
    join(patient, service: entry, in: &simulation)
  }

  /// After assessment: the first treatment by need, plus co-ordination and community services.
  mutating func route(_ patient: Int32, in simulation: inout Simulation<CareEvent>) {
    let p = Int(patient)
    let state = patients[p].state
    let stream = streams[p].route
    if let coordination = index.coordination,
      let share = design.pathway.coordinationShare[state], share > 0, stream.uniform() < share
    {
      startCoordination(patient, service: coordination, in: &simulation)
    }
    if let community = index.community, design.pathway.communityShare > 0,
      stream.uniform() < design.pathway.communityShare, !patients[p].isCoordinated
    {
      // Community services run alongside; modelled as a place held on their caseload by
      // an anonymous episode so the patient's own journey continues.
      communityEpisode(for: patient, service: community, in: &simulation)
    }
    if let conditions = longTermConditionService(p) {
      join(patient, service: conditions, in: &simulation)
      return
    }
    guard let branches = index.routes[state], !branches.isEmpty else {
      leaveUntreated(patient, in: &simulation)
      return
    }
    var u = stream.uniform()
    var chosen = branches[branches.count - 1].service
    for branch in branches {
      if u < branch.probability {
        chosen = branch.service
        break
      }
      u -= branch.probability
    }
    guard chosen != ServiceIndex.discharged else {
      leaveUntreated(patient, in: &simulation)
      return
    }
    join(patient, service: chosen, in: &simulation)
  }
}
