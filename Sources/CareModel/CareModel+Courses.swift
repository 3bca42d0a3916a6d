import Population
import SimCore
import Stochastics

extension CareModel {
  /// The probability that this patient misses a booked session under the current policy: the
  /// policy's rate times the multipliers of the patient's quintile and ethnic group, capped at 1.
  func dnaProbability(_ p: Int) -> Double {
    let base = callsBack(p) ? design.policies.callbackDNARate : design.policies.dnaRate
    let multipliers = design.policies.dnaByQuintile
    let factor = multipliers.indices.contains(patients[p].quintile) ? multipliers[patients[p].quintile] : 1
    return min(1, base * factor * youngPeopleDNAFactor(p) * equity.dnaFactor[patients[p].group])
  }

  /// True when reminder call-backs reach this patient under the current policy.
  func callsBack(_ p: Int) -> Bool {
    design.policies.callbacks && (design.policies.callbackScope == .all || patients[p].isCoordinated)
  }

  /// A booked therapy or group session: attended or missed, then the next one or the end.
  mutating func session(of patient: Int32, in simulation: inout Simulation<CareEvent>) {
    let now = simulation.now
    let p = Int(patient)
    guard let service = patients[p].held?.service else { return }
    let counted = counts(now) && !patients[p].isBackground
    let interval = design.services[service].sessionInterval
    let token = patients[p].token
    let cancellation = design.policies.cancellations.total
    if cancellation > 0, streams[p].booking.uniform() < cancellation {
      if counted { counters.cancelledSessions += 1 }
      simulation.schedule(
        .session(patient: patient, token: token), after: interval, priority: CareEventPriority.session)
      return
    }
    if counted { counters.booked += 1 }
    ledger.addSession(service: service, at: now)
    if callsBack(p) {
      if counted { counters.callbacks += 1 }
      ledger.add(.callbackMinutes, design.policies.callbackMinutes, at: now)
    }
    if streams[p].dna.uniform() < dnaProbability(p) {
      if counted { counters.missed += 1 }
      patients[p].missed += 1
      if patients[p].missed >= design.policies.missedLimit {
        let reengage = design.policies.onMissedLimit == .reengage && patients[p].isCoordinated
        guard reengage else {
          if counted { counters.coursesEndedByMissedSessions += 1 }
          endCourse(patient, completed: false, in: &simulation)
          return
        }
        patients[p].missed = 0
      }
      simulation.schedule(
        .session(patient: patient, token: token), after: interval, priority: CareEventPriority.session)
      return
    }
    patients[p].sessionsAttended += 1
    patients[p].sessionsLeft -= 1
    if design.policies.missedCount == .inARow { patients[p].missed = 0 }
    attendedTreatmentSession(p, at: now)
    if patients[p].sessionsLeft <= 0 {
      if counted { counters.coursesCompleted += 1 }
      endCourse(patient, completed: true, in: &simulation)
    } else if streams[p].course.uniform() < equity.dropout[patients[p].group] {
      if counted { counters.coursesEndedByDropout += 1 }
      endCourse(patient, completed: false, in: &simulation)
    } else {
      simulation.schedule(
        .session(patient: patient, token: token), after: interval, priority: CareEventPriority.session)
    }
  }

  /// Records the pathway wait at a referral's first treatment session.
  mutating func firstTreatment(_ p: Int, at now: Double) {
    guard !patients[p].isBackground else { return }
    if patients[p].referralCounted { counters.referralsTreatedInWindow += 1 }
    let wait = now - patients[p].referralDay
    ledger.add(.firstTreatments, at: now)
    ledger.add(.firstTreatmentWaitDays, wait, at: now)
    if wait <= 126 + 1e-9 { ledger.add(.within18Weeks, at: now) }
    guard counts(now) else { return }
    if let person = patients[p].person {
      breakdown.update(people[Int(person)]) {
        $0.firstTreatments += 1
        $0.waitDays += wait
      }
    }
    counters.firstTreatmentWaits.record(wait)
    if wait <= 42 + 1e-9 { counters.within6Weeks += 1 }
    if wait <= 126 + 1e-9 { counters.within18Weeks += 1 }
  }

  /// A course ends: the place is freed; recovery, step-up, re-routing or back to the GP.
  mutating func endCourse(_ patient: Int32, completed: Bool, in simulation: inout Simulation<CareEvent>) {
    let p = Int(patient)
    guard let held = patients[p].held else { return }
    let service = held.service
    patients[p].place = .none
    patients[p].token &+= 1
    freePlace(service: service, provider: held.provider, in: &simulation)
    let finished = completed && patients[p].sessionsAttended >= 2
    let counted = counts(simulation.now) && !patients[p].isBackground
    if finished {
      if counted { counters.finishedCourses += 1 }
      if !patients[p].isBackground { ledger.add(.finishedCourses, at: simulation.now) }
      let recovers = streams[p].course.uniform() < recoveryProbability(service: service, p)
      if counted, let person = patients[p].person {
        breakdown.update(people[Int(person)]) {
          $0.finished += 1
          if recovers { $0.recovered += 1 }
        }
      }
      if recovers {
        if counted { counters.recoveries += 1 }
        ledger.add(.recoveries, at: simulation.now)
        recovered(patient, in: &simulation)
        return
      }
      if let rule = index.stepUp[service], streams[p].route.uniform() < rule.probability {
        join(patient, service: rule.to, in: &simulation)
        return
      }
    }
    notRecovered(patient, after: service, in: &simulation)
  }

  /// Not recovered: re-routed by the co-ordinator (once per referral) or back to the GP.
  mutating func notRecovered(_ patient: Int32, after service: Int, in simulation: inout Simulation<CareEvent>) {
    let p = Int(patient)
    let inScope = design.policies.rerouteScope == .all || patients[p].isCoordinated
    if design.policies.notRecovered == .reroute, inScope, patients[p].reroutes == 0, let next = index.reroute[service] {
      patients[p].reroutes += 1
      join(patient, service: next, in: &simulation)
      return
    }
    leaveUntreated(patient, in: &simulation)
    if design.policies.notRecovered == .backToGP || !inScope || index.reroute[service] == nil
      || patients[p].reroutes > 0
    {
      scheduleGPReturn(patient, in: &simulation)
    }
  }

  /// Some people sent back to the GP are re-referred after a delay; the rest never return.
  mutating func scheduleGPReturn(_ patient: Int32, in simulation: inout Simulation<CareEvent>) {
    let p = Int(patient)
    guard !patients[p].isBackground else { return }
    let stream = streams[p].relapse
    guard stream.uniform() >= design.policies.gpNeverReturn else { return }
    let delay = max(1, design.policies.gpReturnDelay.sample(stream))
    patients[p].referralKind = .reReferral
    simulation.schedule(
      .reReferral(patient: patient, token: patients[p].token), after: delay, priority: CareEventPriority.arrival)
  }

  /// Recovered: discharged; a relapse may bring a new referral later.
  mutating func recovered(_ patient: Int32, in simulation: inout Simulation<CareEvent>) {
    let p = Int(patient)
    leaveServices(patient, as: .recovered, at: simulation.now)
    guard !patients[p].isBackground else { return }
    let days = RelapseSampler.daysToRelapse(streams[p].relapse)
    patients[p].purposefulUntil = min(simulation.now + days, design.horizonDays)
    ledger.addSpan(.purposefulDays, from: simulation.now, to: patients[p].purposefulUntil)
    guard simulation.now + days < design.horizonDays else { return }
    patients[p].referralKind = .relapse
    simulation.schedule(
      .reReferral(patient: patient, token: patients[p].token), after: days, priority: CareEventPriority.arrival)
  }

  /// Groups start on their timetable when enough people wait; each member's course begins.
  mutating func startGroups(at service: Int, in simulation: inout Simulation<CareEvent>) {
    guard let timetable = design.services[service].group else { return }
    simulation.schedule(
      .groupStart(service: Int16(service)), after: timetable.everyDays, priority: CareEventPriority.other)
    let counted = counts(simulation.now)
    if counted { services[service].groupPlacesOffered += timetable.maximumSize }
    guard services[service].lists[0].count >= timetable.minimumSize else { return }
    var members = 0
    while members < timetable.maximumSize {
      guard let ticket = nextWaiting(service: service, provider: 0) else { break }
      members += 1
      services[service].served += 1
      startService(ticket.patient, in: &simulation)
    }
    if counted { services[service].groupPlacesFilled += members }
    services[service].waitingChanged(at: simulation.now)
  }
}
