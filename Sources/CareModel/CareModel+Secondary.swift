import Population
import SimCore
import Stochastics

extension CareModel {
  /// A crisis while waiting or untreated: the patient leaves the waiting list for the crisis
  /// team, an admission or the CMHT.
  mutating func deteriorate(_ patient: Int32, in simulation: inout Simulation<CareEvent>) {
    let p = Int(patient)
    guard patients[p].phase == .waiting || patients[p].phase == .untreated else { return }
    if counts(simulation.now) { counters.crises += 1 }
    ledger.add(.crises, at: simulation.now)
    endReferral(p, at: simulation.now)
    leaveList(p, at: simulation.now)
    patients[p].token &+= 1
    let rule = design.policies.deterioration
    let u = streams[p].deterioration.uniform()
    if u < rule.admissionShare, index.beds != nil {
      admit(patient, in: &simulation)
    } else if let crisis = index.crisis {
      patients[p].phase = .secondary
      join(patient, service: crisis, in: &simulation)
      patients[p].phase = .secondary
    } else if let cmht = index.cmht {
      join(patient, service: cmht, in: &simulation)
      patients[p].phase = .secondary
    }
  }

  /// After the crisis team: the CMHT, or back to the pathway through a new referral.
  mutating func afterCrisisTeam(_ patient: Int32, in simulation: inout Simulation<CareEvent>) {
    let p = Int(patient)
    let rule = design.policies.deterioration
    let onward = rule.cmhtShare / max(1e-12, 1 - rule.admissionShare)
    if let cmht = index.cmht, streams[p].deterioration.uniform() < onward {
      join(patient, service: cmht, in: &simulation)
      patients[p].phase = .secondary
      return
    }
    patients[p].phase = .untreated
    guard !patients[p].isBackground else {
      leaveServices(patient, as: .untreated, at: simulation.now)
      return
    }
    refer(patient, kind: .reReferral, in: &simulation)
  }

  /// An admission: a local bed when one is free, else an out-of-area placement (no waiting).
  mutating func admit(_ patient: Int32, in simulation: inout Simulation<CareEvent>) {
    guard let beds = index.beds else { return }
    let now = simulation.now
    let p = Int(patient)
    let local = services[beds].pools[0].hasIdleServer
    patients[p].token &+= 1
    patients[p].place = .held(ServicePlace(service: beds, provider: 0, since: now, site: local ? .local : .outOfArea))
    ledger.add(.admissions, at: now)
    patients[p].phase = .secondary
    if counts(now) {
      services[beds].admissions += 1
      if !local { services[beds].admissionsOutOfArea += 1 }
    }
    if !local { ledger.add(.admissionsOutOfArea, at: now) }
    if local {
      services[beds].pools[0].seize(at: now)
    } else {
      services[beds].outOfArea.add(1, at: now)
    }
    setRisk(patient, .inpatient, at: now)
    let stream = patients[p].isBackground ? backgroundStream : streams[p].course
    let stay = max(0.5, design.services[beds].duration?.sample(stream) ?? CareModel.defaultLengthOfStay)
    simulation.schedule(
      .release(patient: patient, token: patients[p].token), after: stay, priority: CareEventPriority.release)
  }

  /// The length of stay of a bed service that gives none (days).
  static let defaultLengthOfStay = 33.0

  /// Leaving a bed: a month of high risk, then the CMHT for pathway patients.
  mutating func discharge(fromBed patient: Int32, in simulation: inout Simulation<CareEvent>) {
    let p = Int(patient)
    let now = simulation.now
    guard let beds = index.beds else { return }
    let held = patients[p].held
    patients[p].place = .none
    let outOfArea = held?.site == .outOfArea
    ledger.addSpan(outOfArea ? .outOfAreaBedDays : .bedDays, from: held?.since ?? now, to: now)
    if outOfArea {
      services[beds].outOfArea.add(-1, at: now)
    } else {
      services[beds].pools[0].release(at: now)
    }
    setRisk(patient, .postDischarge, at: now)
    patients[p].phase = .postDischarge
    patients[p].token &+= 1
    // The post-discharge month is a spell of its own; the follow-up starts after it.
    simulation.schedule(
      .release(patient: patient, token: patients[p].token), after: DayCount.perYear / 12,
      priority: CareEventPriority.release)
  }

  /// After the month following discharge: pathway patients go on to the CMHT.
  mutating func afterPostDischargeMonth(_ patient: Int32, in simulation: inout Simulation<CareEvent>) {
    let p = Int(patient)
    if !patients[p].isBackground, let cmht = index.cmht {
      join(patient, service: cmht, in: &simulation)
      patients[p].phase = .secondary
    } else {
      leaveServices(patient, as: .untreated, at: simulation.now)
    }
  }

  /// Background admissions and CMHT episodes arrive as Poisson processes.
  mutating func scheduleBackground(in simulation: inout Simulation<CareEvent>) {
    if backgroundAdmissionRate > 0, index.beds != nil {
      let gap = backgroundStream.exponential(mean: DayCount.perYear / backgroundAdmissionRate)
      simulation.schedule(.backgroundAdmission, after: gap, priority: CareEventPriority.arrival)
    }
    let cmhtRate = design.risk.backgroundCMHTPerYear
    if cmhtRate > 0, index.cmht != nil {
      let gap = backgroundCMHTStream.exponential(mean: DayCount.perYear / cmhtRate)
      simulation.schedule(.backgroundCMHT, after: gap, priority: CareEventPriority.arrival)
    }
  }

  mutating func backgroundAdmission(in simulation: inout Simulation<CareEvent>) {
    // Step-down or a dated change may have stopped background admissions since this one was
    // scheduled.
    guard backgroundAdmissionRate > 0 else { return }
    let gap = backgroundStream.exponential(mean: DayCount.perYear / backgroundAdmissionRate)
    simulation.schedule(.backgroundAdmission, after: gap, priority: CareEventPriority.arrival)
    let patient = backgroundPatient()
    admit(patient, in: &simulation)
  }

  mutating func backgroundCMHT(in simulation: inout Simulation<CareEvent>) {
    let rate = design.risk.backgroundCMHTPerYear
    guard rate > 0 else { return }
    let gap = backgroundCMHTStream.exponential(mean: DayCount.perYear / rate)
    simulation.schedule(.backgroundCMHT, after: gap, priority: CareEventPriority.arrival)
    guard let cmht = index.cmht else { return }
    let patient = backgroundPatient()
    join(patient, service: cmht, in: &simulation)
    patients[Int(patient)].phase = .secondary
  }

  mutating func backgroundPatient() -> Int32 {
    let patient = addPatient(person: nil, state: .smi, quintile: 0, key: UInt64(patients.count) | 1 << 60)
    patients[Int(patient)].kind = .background
    return patient
  }

  /// One person stepped down from secondary care into primary care: the person longest on
  /// the CMHT caseload leaves it (the place goes to the next person waiting) and starts with the
  /// receiving service instead. When primary care ends they leave as a CMHT discharge would:
  /// a pathway patient with the crisis hazard of their illness, a background patient with the
  /// background processes. Any effect on admissions comes from that journey; nothing is assumed.
  mutating func stepDown(in simulation: inout Simulation<CareEvent>) {
    guard let rule = design.policies.stepDown, let target = index.stepDownTarget else { return }
    stepDowns += 1
    if stepDowns < rule.people, simulation.now + rule.overDays / Double(rule.people) < design.horizonDays {
      simulation.schedule(.stepDown, after: rule.overDays / Double(rule.people), priority: CareEventPriority.other)
    }
    guard let cmht = index.cmht, let patient = longestOnCaseload(cmht) else { return }
    let p = Int(patient)
    let now = simulation.now
    if let held = patients[p].held {
      patients[p].place = .none
      recordCaseloadDays(service: cmht, from: held.since, to: now)
      freePlace(service: cmht, provider: held.provider, in: &simulation)
    }
    patients[p].token &+= 1
    patients[p].phase = .inactive
    patients[p].referralOpen = false
    if design.services[target].kind == .coordination {
      startCoordination(patient, service: target, in: &simulation)
      setRisk(patient, .inTreatment, at: now)
    } else {
      join(patient, service: target, in: &simulation)
    }
  }

  /// The person who has held a CMHT caseload place longest (ties: the lower record), if any.
  func longestOnCaseload(_ service: Int) -> Int32? {
    var best: Int32?
    var since = Double.infinity
    for number in patients.indices {
      guard patients[number].phase == .secondary, let held = patients[number].held, held.service == service,
        held.since < since
      else { continue }
      since = held.since
      best = Int32(number)
    }
    return best
  }
}
