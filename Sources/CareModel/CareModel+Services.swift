import Population
import SimCore
import Stochastics

extension CareModel {
  /// The patient joins a service's waiting list, or starts at once when a place is free.
  ///
  /// - Parameter newSpell: true when this list starts a new spell of waiting although the
  ///   patient already counts as waiting (after a booking lead time): remission and
  ///   deterioration are drawn afresh for it.
  mutating func join(
    _ patient: Int32, service: Int, in simulation: inout Simulation<CareEvent>,
    waitingSince: Double? = nil, newSpell: Bool = false
  ) {
    let now = simulation.now
    let p = Int(patient)
    let kind = design.services[service].kind
    if kind == .beds {
      admit(patient, in: &simulation)
      return
    }
    patients[p].token &+= 1
    let providers = services[service].pools.count
    let provider = providers > 1 ? streams[p].route.integer(below: providers) : 0
    patients[p].place = .waiting(ServicePlace(service: service, provider: provider, since: waitingSince ?? now))
    let canStart =
      kind != .group && services[service].pools[provider].hasIdleServer
      && services[service].lists[provider].isEmpty
    if canStart {
      startService(patient, in: &simulation)
      return
    }
    let ticket = CareTicket(patient: patient, token: patients[p].token)
    services[service].lists[provider].append(ticket, priority: riskRank(patients[p].state))
    services[service].joined += 1
    services[service].waitingChanged(at: now)
    let wasWaiting = patients[p].phase == .waiting
    patients[p].phase = .waiting
    setRisk(patient, kind == .caseload && service != index.community ? .secondary : .waiting, at: now)
    if !wasWaiting || newSpell {
      scheduleDeterioration(patient, in: &simulation)
      scheduleRemission(patient, in: &simulation)
    }
  }

  /// Red (0) for SMI, amber (1) for severe CMD, green (2) otherwise: the priority discipline.
  func riskRank(_ state: MentalHealthState) -> Int {
    switch state {
    case .smi: return 0
    case .severeCMD: return 1
    case .mildModerate, .none: return 2
    }
  }

  /// Takes the place the patient waited for and starts what the service does.
  mutating func startService(_ patient: Int32, in simulation: inout Simulation<CareEvent>) {
    let now = simulation.now
    let p = Int(patient)
    guard let waiting = patients[p].waiting else { return }
    let (service, provider) = (waiting.service, waiting.provider)
    let pathwayPatient = !patients[p].isBackground
    let standardWait = design.services[service].standardFrom.wait(
      now: now, listDay: waiting.since, referralDay: patients[p].referralDay, treated: patients[p].reachedTreatment)
    services[service].recordStart(
      wait: now - waiting.since, standardWait: standardWait, counted: counts(now) && pathwayPatient)
    services[service].recordLeaving(since: waiting.since, at: now)
    services[service].pools[provider].seize(at: now)
    patients[p].place = .held(ServicePlace(service: service, provider: provider, since: now))
    patients[p].phase = .inService
    if patients[p].isShadow, service == index.community { ledger.add(.communityEpisodes, at: now) }
    patients[p].token &+= 1
    let token = patients[p].token
    switch design.services[service].kind {
    case .therapy, .group:
      setRisk(patient, .inTreatment, at: now)
      let drawn = design.services[service].sessions.map { $0.sample(streams[p].course).rounded() } ?? 1
      patients[p].sessionsLeft = CareModel.sessionCount(drawn)
      patients[p].sessionsAttended = 0
      patients[p].missed = 0
      let lead = design.services[service].bookingLead.map { max(0, $0.sample(streams[p].booking)) } ?? 0
      simulation.schedule(
        .session(patient: patient, token: token), at: now + lead, priority: CareEventPriority.session)
    case .triage, .caseload, .coordination, .beds:
      let secondary = service == index.cmht || service == index.crisis
      setRisk(patient, secondary ? .secondary : .inTreatment, at: now)
      if secondary { patients[p].phase = .secondary }
      let hold = max(0, design.services[service].duration?.sample(streams[p].course) ?? 0)
      simulation.schedule(.release(patient: patient, token: token), after: hold, priority: CareEventPriority.release)
    }
  }

  /// Frees a place and starts the next person waiting for it.
  mutating func freePlace(service: Int, provider: Int, in simulation: inout Simulation<CareEvent>) {
    services[service].pools[provider].release(at: simulation.now)
    serveWaiting(service: service, provider: provider, in: &simulation)
  }

  /// Starts waiting patients while places are free.
  mutating func serveWaiting(service: Int, provider: Int, in simulation: inout Simulation<CareEvent>) {
    guard design.services[service].kind != .group else { return }
    var changed = false
    while services[service].pools[provider].hasIdleServer {
      guard let ticket = nextWaiting(service: service, provider: provider) else { break }
      changed = true
      services[service].served += 1
      startService(ticket.patient, in: &simulation)
    }
    if changed { services[service].waitingChanged(at: simulation.now) }
  }

  /// Takes the first live ticket off a list. The patient table is read through a copy that
  /// ends with this call, so the caller's later changes to patients do not copy the table.
  mutating func nextWaiting(service: Int, provider: Int, coordination: Bool = false) -> CareTicket? {
    let table = patients
    return services[service].lists[provider].popFirst { ticket in
      let record = table[Int(ticket.patient)]
      if coordination {
        guard case .waiting = record.coordination else { return false }
        return record.coordinationToken == ticket.token
      }
      return record.token == ticket.token && record.waiting?.service == service
    }
  }

  /// A held place ends: an assessment, a caseload episode or a bed stay.
  mutating func releasePlace(of patient: Int32, in simulation: inout Simulation<CareEvent>) {
    let p = Int(patient)
    if patients[p].phase == .postDischarge {
      afterPostDischargeMonth(patient, in: &simulation)
      return
    }
    guard let held = patients[p].held else { return }
    let service = held.service
    let kind = design.services[service].kind
    if kind == .beds {
      discharge(fromBed: patient, in: &simulation)
      return
    }
    patients[p].place = .none
    recordCaseloadDays(service: service, from: held.since, to: simulation.now)
    freePlace(service: service, provider: held.provider, in: &simulation)
    if service == index.entry {
      assessed(patient, in: &simulation)
    } else if service == index.crisis {
      afterCrisisTeam(patient, in: &simulation)
    } else if service == index.cmht {
      leaveUntreated(patient, in: &simulation)
    } else {
      finishEpisode(patient, service: service, in: &simulation)
    }
  }

  /// The assessment is over: missed assessments go back to the GP; others are routed.
  mutating func assessed(_ patient: Int32, in simulation: inout Simulation<CareEvent>) {
    let p = Int(patient)
    ledger.add(.assessments, at: simulation.now)
    if streams[p].dna.uniform() < min(1, design.pathway.assessmentDNA * youngPeopleDNAFactor(p)) {
      notRecovered(patient, after: index.entry ?? 0, in: &simulation)
      return
    }
    if design.pathway.assessmentIsTreatment, !patients[p].isBackground {
      attendedTreatmentSession(p, at: simulation.now)
    }
    route(patient, in: &simulation)
  }

  /// A caseload episode other than secondary care ends (community services, a rerouted
  /// episode): recovered by the episode's own rate when it has one, else untreated, with the
  /// crisis hazard and remission of untreated illness.
  mutating func finishEpisode(_ patient: Int32, service: Int, in simulation: inout Simulation<CareEvent>) {
    let p = Int(patient)
    guard !patients[p].isShadow else { return }
    if index.recovery[service] != nil, streams[p].course.uniform() < recoveryProbability(service: service, p) {
      recovered(patient, in: &simulation)
    } else {
      leaveUntreated(patient, in: &simulation)
    }
  }

  /// Adds CMHT and crisis-team caseload days to the year ledger.
  mutating func recordCaseloadDays(service: Int, from start: Double, to end: Double) {
    if service == index.cmht { ledger.addSpan(.cmhtDays, from: start, to: end) }
    if service == index.crisis { ledger.addSpan(.crisisDays, from: start, to: end) }
  }

  /// Recovery probability at `service` of patient `p`: the group's (recovery odds by quintile
  /// and ethnic group, `EquityTables`) times the quintile multiplier of
  /// `pathway.recovery_by_imd_quintile`, capped at 1; 0 where the service has no recovery input.
  func recoveryProbability(service: Int, _ p: Int) -> Double {
    let recovery = equity.recovery[service * EquityTables.groupCount + patients[p].group]
    guard !recovery.isNaN else { return 0 }
    let multipliers = design.pathway.recoveryByQuintile
    let factor = multipliers.indices.contains(patients[p].quintile) ? multipliers[patients[p].quintile] : 1
    return min(1, recovery * factor * youngPeopleRecoveryFactor(p))
  }

  mutating func changeCapacity(of service: Int, in simulation: inout Simulation<CareEvent>) {
    let spec = design.services[service]
    let now = simulation.now
    services[service].setCapacity(spec.isOpen ? Int(Int32.max) : spec.capacity.capacity(at: now), at: now)
    if let next = spec.capacity.nextChange(after: now) {
      simulation.schedule(
        .capacityChange(service: Int16(service), epoch: capacityEpoch), at: next, priority: CareEventPriority.capacity)
    }
    if service == index.coordination {
      serveCoordination(service: service, in: &simulation)
      return
    }
    for provider in services[service].pools.indices {
      serveWaiting(service: service, provider: provider, in: &simulation)
    }
  }
}
