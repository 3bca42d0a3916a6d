import SimCore
import Stochastics

extension CareModel {
  /// A link worker takes the case when a place is free; otherwise the patient waits for one
  /// while treatment goes on.
  mutating func startCoordination(_ patient: Int32, service: Int, in simulation: inout Simulation<CareEvent>) {
    let p = Int(patient)
    guard patients[p].coordination == .none else { return }
    patients[p].coordinationToken &+= 1
    if services[service].pools[0].hasIdleServer && services[service].lists[0].isEmpty {
      beginCoordination(patient, service: service, waited: 0, in: &simulation)
      return
    }
    patients[p].coordination = .waiting(since: simulation.now)
    let ticket = CareTicket(patient: patient, token: patients[p].coordinationToken)
    services[service].lists[0].append(ticket, priority: riskRank(patients[p].state))
    services[service].joined += 1
    services[service].waitingChanged(at: simulation.now)
  }

  mutating func beginCoordination(
    _ patient: Int32, service: Int, waited: Double, in simulation: inout Simulation<CareEvent>
  ) {
    let p = Int(patient)
    let now = simulation.now
    let standardWait = design.services[service].standardFrom.wait(
      now: now, listDay: now - waited, referralDay: patients[p].referralDay, treated: patients[p].reachedTreatment)
    services[service].recordStart(
      wait: waited, standardWait: standardWait, counted: counts(now) && !patients[p].isBackground)
    services[service].pools[0].seize(at: now)
    patients[p].coordination = .holding
    patients[p].coordinationToken &+= 1
    coordinationChanged(patient, in: &simulation)
    let length: Double
    switch design.policies.discharge {
    case .timeLimited: length = design.policies.coordinationTimeLimit
    case .agreed: length = max(1, design.services[service].duration?.sample(streams[p].course) ?? 90)
    }
    simulation.schedule(
      .coordinationEnd(patient: patient, token: patients[p].coordinationToken), after: length,
      priority: CareEventPriority.release)
  }

  /// The episode's time is up. Under agreed discharge the link worker keeps the case while
  /// the patient still waits or is in treatment, and looks again four weeks later.
  mutating func endCoordination(of patient: Int32, in simulation: inout Simulation<CareEvent>) {
    let p = Int(patient)
    guard let service = index.coordination else { return }
    if design.policies.discharge == .agreed,
      patients[p].phase == .waiting || patients[p].phase == .inService
    {
      simulation.schedule(
        .coordinationEnd(patient: patient, token: patients[p].coordinationToken), after: 28,
        priority: CareEventPriority.release)
      return
    }
    patients[p].coordination = .none
    patients[p].coordinationToken &+= 1
    coordinationChanged(patient, in: &simulation)
    services[service].pools[0].release(at: simulation.now)
    serveCoordination(service: service, in: &simulation)
    // Someone held only by the link worker (stepped down from the CMHT, or in the starting state)
    // leaves with their illness: the crisis hazard and remission run from now.
    if patients[p].phase == .inactive { leaveUntreated(patient, in: &simulation) }
  }

  /// Gives free link-worker places to those waiting for one.
  mutating func serveCoordination(service: Int, in simulation: inout Simulation<CareEvent>) {
    var changed = false
    while services[service].pools[0].hasIdleServer {
      guard let ticket = nextWaiting(service: service, provider: 0, coordination: true) else { break }
      changed = true
      services[service].served += 1
      guard case .waiting(let since) = patients[Int(ticket.patient)].coordination else { continue }
      let waited = simulation.now - since
      services[service].recordLeaving(since: since, at: simulation.now)
      beginCoordination(ticket.patient, service: service, waited: waited, in: &simulation)
    }
    if changed { services[service].waitingChanged(at: simulation.now) }
  }

  /// Community services (debt advice, substance use, peer support) alongside treatment: an
  /// episode on the community caseload that does not hold up the patient's own journey.
  mutating func communityEpisode(for patient: Int32, service: Int, in simulation: inout Simulation<CareEvent>) {
    let p = Int(patient)
    let helper = addPatient(
      person: nil, state: patients[p].state, quintile: patients[p].quintile,
      key: UInt64(patients.count) | 1 << 61)
    patients[Int(helper)].kind = .shadow
    join(helper, service: service, in: &simulation)
  }
}
