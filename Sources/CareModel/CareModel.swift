import Population
import SimCore
import Stochastics

/// One replication of a care scenario: referred people move through triage, treatment,
/// co-ordination and secondary care; the model handles `CareEvent`s.
struct CareModel: EventHandler {
  typealias Event = CareEvent

  /// The design in force (the scenario's, then each dated change's in turn).
  var design: CareDesign
  let people: [Person]
  let referrals: [Referral]
  let replication: Int
  /// The whole area's population, for population-level suicide estimates.
  let populationSize: Int
  /// The suicide hazard of the whole population at everyone's baseline (expected deaths a day),
  /// and the baseline hazard (per person-day) used for records that stand for no one in the
  /// population: the mean over adults.
  let populationGeneralSuicidePerDay: Double
  /// Expected suicides after warm-up of the natural course of every episode referred (the
  /// hazard the population rate already holds for them, replaced by what happens to them).
  var naturalCourseDeaths = 0.0
  let anonymousSuicideBase: Double
  /// The design's suicide hazards as arrays (rebuilt when a dated change applies).
  var suicideTable: SuicideRateTable
  /// Utilities by risk state and need, for QALYs.
  var utilityTable: UtilityTable
  /// The area's young-people multipliers, if it gives them.
  let youngPeople: YoungPeopleInputs?
  var services: [ServiceState]
  var patients: [Patient] = []
  var streams: [PatientStreams] = []
  /// Where the patients' generators live: one allocation per thousand generators.
  let streamArena = StreamArena(algorithm: .taus2)
  /// The patient record of each person of the synthetic population, by person index; -1 until
  /// the person's first referral creates one.
  var patientOfPerson: [Int32]
  /// Streams for background admissions (times and stays) and background CMHT episodes, kept
  /// apart so a change to one (step-down) leaves the other's draws as they were.
  let backgroundStream: RandomStream
  let backgroundCMHTStream: RandomStream
  var counters = CareCounters()
  var ledger: YearLedger
  var breakdown = BreakdownCounters()
  var warmedUp: Bool
  var backgroundAdmissionRate: Double
  var index: ServiceIndex
  /// How many dated changes have applied: capacity changes scheduled under an earlier design are
  /// stale.
  var capacityEpoch: UInt16 = 0
  /// People stepped down from the CMHT so far (warm-up included).
  var stepDowns = 0
  /// The scenario's dated changes, in date order, and the design before the first.
  let changes: [DesignChange]
  let startDesign: CareDesign
  /// Days of the calendar month ends (midnight starting a month) after warm-up, to the horizon.
  let monthEnds: [Double]
  /// Shares of referrals by equity group, and the per-group probabilities of the design in force.
  let groupMix: [Double]
  var equity: EquityTables

  /// - Parameter groupMix: shares of referrals by quintile and ethnic group
  ///   (`ReferralInflow.groupMix`); nil takes the eligible population's shares.
  init(
    design: CareDesign, population: SyntheticPopulation, referrals: [Referral], replication: Int,
    groupMix: [Double]? = nil
  ) {
    self.design = design
    changes = design.changes
    startDesign = design
    people = population.people
    self.referrals = referrals
    self.replication = replication
    populationSize = population.people.count
    suicideTable = SuicideRateTable(design.risk)
    utilityTable = UtilityTable(design.utilities)
    (populationGeneralSuicidePerDay, anonymousSuicideBase) = CareModel.suicideBaselines(
      SuicideRateTable(design.risk), people: population.people)
    youngPeople = population.area.youngPeople
    services = design.services.map { ServiceState(spec: $0, horizon: design.horizonDays) }
    patientOfPerson = [Int32](repeating: -1, count: population.people.count)
    backgroundStream = RandomStream(
      master: design.seed, replication: replication, purpose: "care.background")
    backgroundCMHTStream = RandomStream(
      master: design.seed, replication: replication, purpose: "care.background.cmht")
    warmedUp = design.warmupDays == 0
    backgroundAdmissionRate = design.risk.backgroundAdmissionsPerYear
    index = ServiceIndex(design: design)
    let mix = groupMix ?? CareModel.populationMix(population)
    self.groupMix = mix
    equity = EquityTables(design: design, mix: mix)
    monthEnds = CareCalendar.monthStarts(
      startDate: design.startDate, after: design.warmupDays, through: design.horizonDays)
    ledger = YearLedger(
      warmup: design.warmupDays, years: design.projectionYears, services: design.services.count)
  }

  /// Schedules the first events.
  mutating func start(in simulation: inout Simulation<CareEvent>) {
    if let first = referrals.first {
      simulation.schedule(.newReferral(index: 0), at: first.day, priority: CareEventPriority.arrival)
    }
    for (number, service) in design.services.enumerated() {
      if let change = service.capacity.nextChange(after: 0) {
        simulation.schedule(
          .capacityChange(service: Int16(number), epoch: capacityEpoch), at: change,
          priority: CareEventPriority.capacity)
      }
      if let group = service.group {
        simulation.schedule(
          .groupStart(service: Int16(number)), at: group.everyDays, priority: CareEventPriority.other)
      }
    }
    if design.warmupDays > 0 {
      simulation.schedule(.warmupEnd, at: design.warmupDays, priority: CareEventPriority.warmup)
    }
    scheduleBackground(in: &simulation)
    if let stepDown = design.policies.stepDown, stepDown.people > 0 {
      simulation.schedule(
        .stepDown, at: stepDown.overDays / Double(stepDown.people), priority: CareEventPriority.other)
    }
    startFromState(in: &simulation)
    addNaturalCourses()
    if let first = changes.first {
      simulation.schedule(.designChange(index: 0), at: first.day, priority: CareEventPriority.capacity)
    }
    if let first = monthEnds.first {
      simulation.schedule(.monthEnd(index: 0), at: first, priority: CareEventPriority.warmup)
    }
  }

  mutating func handle(_ event: CareEvent, in simulation: inout Simulation<CareEvent>) {
    switch event {
    case .newReferral(let number):
      newReferral(Int(number), in: &simulation)
    case .reReferral(let patient, let token):
      guard patients[Int(patient)].token == token else { return }
      let kind = patients[Int(patient)].referralKind
      let share = design.selfReferralShare ?? 0
      let selfReferral = kind == .relapse && share > 0 && streams[Int(patient)].relapse.uniform() < share
      refer(patient, kind: kind, viaGP: !selfReferral, in: &simulation)
    case .release(let patient, let token):
      guard patients[Int(patient)].token == token else { return }
      releasePlace(of: patient, in: &simulation)
    case .session(let patient, let token):
      guard patients[Int(patient)].token == token else { return }
      session(of: patient, in: &simulation)
    case .coordinationEnd(let patient, let token):
      guard patients[Int(patient)].coordinationToken == token else { return }
      endCoordination(of: patient, in: &simulation)
    case .deteriorate(let patient, let token):
      guard patients[Int(patient)].token == token, crisisIsDue(Int(patient), at: simulation.now) else { return }
      deteriorate(patient, in: &simulation)
    case .remit(let patient, let token):
      guard patients[Int(patient)].token == token else { return }
      remit(patient, in: &simulation)
    case .joinEntry(let patient, let token):
      guard patients[Int(patient)].token == token, let entry = index.entry else { return }
      join(patient, service: entry, in: &simulation, newSpell: true)
    case .monthEnd(let number):
      monthEnd(Int(number), in: &simulation)
    case .groupStart(let service):
      startGroups(at: Int(service), in: &simulation)
    case .capacityChange(let service, let epoch):
      guard epoch == capacityEpoch else { return }
      changeCapacity(of: Int(service), in: &simulation)
    case .designChange(let number):
      applyChange(Int(number), in: &simulation)
    case .backgroundAdmission:
      backgroundAdmission(in: &simulation)
    case .backgroundCMHT:
      backgroundCMHT(in: &simulation)
    case .stepDown:
      stepDown(in: &simulation)
    case .warmupEnd:
      endWarmup(at: simulation.now)
    }
  }

  mutating func endWarmup(at now: Double) {
    warmedUp = true
    for number in services.indices { services[number].endWarmup(at: now) }
    counters.reset()
  }

  /// The whole population's suicide hazard a day (everyone at their sex and age band's baseline,
  /// ill or well: the published rates count everyone) and the adults' mean baseline.
  static func suicideBaselines(_ table: SuicideRateTable, people: [Person]) -> (population: Double, adult: Double) {
    guard table.hazard != nil else {
      return (table.general * Double(people.count), table.general)
    }
    var total = 0.0
    var adults = 0.0
    var adultCount = 0
    for person in people {
      let band = AgeBand(age: person.age)
      let base = table.base(sex: person.sex, band: band)
      total += base
      if band != .age0to15 {
        adults += base
        adultCount += 1
      }
    }
    return (total, adultCount > 0 ? adults / Double(adultCount) : 0)
  }

  /// True when an event at `now` counts in the statistics.
  func counts(_ now: Double) -> Bool { now >= design.warmupDays }
}

/// Indices of the services the pathway names, resolved once.
struct ServiceIndex {
  /// The route target standing for advice and discharge after assessment.
  static let discharged = -1

  let entry: Int?
  let coordination: Int?
  let community: Int?
  let cmht: Int?
  let crisis: Int?
  let beds: Int?
  let stepDownTarget: Int?
  let routes: [MentalHealthState: [(service: Int, probability: Double)]]
  let stepUp: [Int: (to: Int, probability: Double)]
  let recovery: [Int: Double]
  let reroute: [Int: Int]
  /// The condition-management service of `pathway.long_term_conditions`, if any.
  let longTermConditions: Int?

  init(design: CareDesign) {
    let pathway = design.pathway
    entry = design.serviceIndex(pathway.entry)
    coordination = design.serviceIndex(pathway.coordinationService)
    community = design.serviceIndex(pathway.communityService)
    cmht = design.serviceIndex(pathway.cmhtService)
    crisis = design.serviceIndex(pathway.crisisService)
    beds = design.serviceIndex(pathway.bedService)
    stepDownTarget = design.serviceIndex(design.policies.stepDown?.to)
    longTermConditions = design.serviceIndex(pathway.longTermConditions?.service)
    var routes: [MentalHealthState: [(service: Int, probability: Double)]] = [:]
    for (state, branches) in pathway.routes {
      routes[state] = branches.compactMap { branch in
        if let service = design.serviceIndex(branch.service) { return (service, branch.probability) }
        return branch.service == PathwaySpec.Branch.discharge ? (ServiceIndex.discharged, branch.probability) : nil
      }
    }
    self.routes = routes
    var stepUp: [Int: (to: Int, probability: Double)] = [:]
    for rule in pathway.stepUps {
      if let from = design.serviceIndex(rule.from), let to = design.serviceIndex(rule.to) {
        stepUp[from] = (to, rule.probability)
      }
    }
    self.stepUp = stepUp
    var recovery: [Int: Double] = [:]
    for (id, p) in pathway.recovery { if let i = design.serviceIndex(id) { recovery[i] = p } }
    self.recovery = recovery
    var reroute: [Int: Int] = [:]
    for (from, to) in design.policies.rerouteTo {
      if let a = design.serviceIndex(from), let b = design.serviceIndex(to) { reroute[a] = b }
    }
    self.reroute = reroute
  }
}
