import Population
import SimCore
import Stochastics

/// Patient-stream key bits of people present when the run starts (apart from referred people,
/// background patients, shadows and people stepped down).
enum StartKey {
  static let waiting: UInt64 = 1 << 62
  static let occupant: UInt64 = 1 << 57
}

extension CareModel {
  /// Puts the starting state in place: first the people already holding places (so the lists
  /// do not take them), then the people already waiting with how long they have waited.
  mutating func startFromState(in simulation: inout Simulation<CareEvent>) {
    let stream = RandomStream(master: design.seed, replication: replication, purpose: "care.start")
    for (number, spec) in design.services.enumerated() {
      guard let occupants = spec.occupants, occupants.count > 0 else { continue }
      for slot in 0..<occupants.count {
        let severe = stream.uniform() < occupants.severeShare
        let key = UInt64(number) << 32 | UInt64(slot) | StartKey.occupant
        placeOccupant(service: number, severe: severe, key: key, in: &simulation)
      }
    }
    for (number, spec) in design.services.enumerated() {
      guard let backlog = spec.backlog, backlog.count > 0 else { continue }
      for (slot, age) in backlog.waitsSoFar(stream).enumerated() {
        let severe = stream.uniform() < backlog.severeShare
        let key = UInt64(number) << 32 | UInt64(slot) | StartKey.waiting
        let patient = addPatient(person: nil, state: severe ? .severeCMD : .mildModerate, quintile: 2, key: key)
        let p = Int(patient)
        addNaturalCourse(
          from: -age, until: .infinity, need: patients[p].state, suicideBase: patients[p].suicideBase)
        patients[p].referralDay = -age
        patients[p].referralOpen = true
        if number != index.entry, design.pathway.assessmentIsTreatment {
          // Assessed already, and under this definition the assessment was the first treatment.
          patients[p].reachedTreatment = true
          patients[p].treatmentSessions = 1
          patients[p].firstSessionDay = -age
        }
        if number == index.entry, let lead = spec.bookingLead,
          let left = lead.sampleRemaining(after: age, streams[p].booking)
        {
          // Still in contact and booking: the rest of a lead time already `age` days long.
          patients[p].phase = .waiting
          setRisk(patient, .waiting, at: 0)
          simulation.schedule(
            .joinEntry(patient: patient, token: patients[p].token), at: left, priority: CareEventPriority.arrival)
          continue
        }
        join(patient, service: number, in: &simulation, waitingSince: -age)
      }
    }
  }

  /// One person already holding a place in `service`, with the time they have left drawn as for
  /// someone found mid-stay (`Distribution.sampleResidual`): therapy occupants are part-way
  /// through a course and go on along the pathway; caseload occupants other than secondary
  /// care finish their episode as pathway patients; secondary care (beds, CMHT, crisis team)
  /// holds background patients; link workers and community services hold places only.
  mutating func placeOccupant(service: Int, severe: Bool, key: UInt64, in simulation: inout Simulation<CareEvent>) {
    let spec = design.services[service]
    let secondary = service == index.beds || service == index.cmht || service == index.crisis
    let placeOnly = service == index.coordination || service == index.community
    let state: MentalHealthState = secondary ? .smi : (severe ? .severeCMD : .mildModerate)
    let patient = addPatient(person: nil, state: state, quintile: 2, key: key)
    let p = Int(patient)
    if secondary { patients[p].kind = .background }
    if placeOnly { patients[p].kind = .shadow }
    if !secondary && !placeOnly {
      addNaturalCourse(from: 0, until: .infinity, need: state, suicideBase: patients[p].suicideBase)
    }
    let provider = freestProvider(of: service)
    let local = services[service].pools[provider].hasIdleServer
    var site = ServicePlace.Site.local
    if local {
      services[service].pools[provider].seize(at: 0)
    } else if service == index.beds {
      services[service].outOfArea.add(1, at: 0)
      site = .outOfArea
    }
    patients[p].token &+= 1
    let token = patients[p].token
    let course = streams[p].course
    if service == index.coordination {
      patients[p].coordination = .holding
      patients[p].coordinationToken &+= 1
      let length: Double
      switch design.policies.discharge {
      case .timeLimited: length = course.uniform() * design.policies.coordinationTimeLimit
      case .agreed: length = max(1, spec.duration?.sampleResidual(course) ?? course.uniform() * 90)
      }
      simulation.schedule(
        .coordinationEnd(patient: patient, token: patients[p].coordinationToken), at: length,
        priority: CareEventPriority.release)
      return
    }
    patients[p].place = .held(ServicePlace(service: service, provider: provider, since: 0, site: site))
    patients[p].phase = secondary ? .secondary : .inService
    switch spec.kind {
    case .therapy, .group:
      patients[p].referralOpen = true
      patients[p].reachedTreatment = true
      setRisk(patient, .inTreatment, at: 0)
      // A course of L sessions found at a random moment has 1...L left, equally likely, and the
      // next session falls uniformly within the interval.
      let whole = CareModel.sessionCount(spec.sessions.map { $0.sampleLengthBiased(course).rounded() } ?? 1)
      let left = 1 + course.integer(below: max(1, whole))
      patients[p].sessionsLeft = left
      patients[p].sessionsAttended = whole - left
      patients[p].treatmentSessions = max(1, whole - left)
      patients[p].firstSessionDay = -Double(whole - left) * spec.sessionInterval
      let next = course.uniformPositive() * spec.sessionInterval
      simulation.schedule(.session(patient: patient, token: token), at: next, priority: CareEventPriority.session)
    case .triage, .caseload, .coordination, .beds:
      if !secondary, !placeOnly {
        patients[p].referralOpen = true
        patients[p].reachedTreatment = true
        patients[p].treatmentSessions = 1
      }
      setRisk(patient, service == index.beds ? .inpatient : (secondary ? .secondary : .inTreatment), at: 0)
      let left: Double
      if let duration = spec.duration {
        left = duration.sampleResidual(course)
      } else {
        left = service == index.beds ? course.uniform() * CareModel.defaultLengthOfStay : 0
      }
      let stay = service == index.beds ? max(0.5, left) : left
      simulation.schedule(.release(patient: patient, token: token), at: stay, priority: CareEventPriority.release)
    }
  }

  /// The provider list with the most free places (the first on a tie).
  func freestProvider(of service: Int) -> Int {
    var best = 0
    var bestFree = Int.min
    for (number, pool) in services[service].pools.enumerated() {
      let free = pool.capacity - pool.busy
      if free > bestFree {
        best = number
        bestFree = free
      }
    }
    return best
  }
}
