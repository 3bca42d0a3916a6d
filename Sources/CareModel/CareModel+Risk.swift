import Foundation
import Population
import SimCore
import Stochastics

extension CareModel {
  /// Moves a patient into a new risk state at `now`, adding the hazard of the spell that ends.
  mutating func setRisk(_ patient: Int32, _ state: RiskState, at now: Double) {
    let p = Int(patient)
    guard !patients[p].isShadow else { return }
    closeRiskSpell(p, until: now)
    if patients[p].risk.isSecondaryCare, !state.isSecondaryCare {
      patients[p].secondaryContactUntil = now + DayCount.perYear
    }
    patients[p].risk = state
    patients[p].riskSince = now
  }

  /// The suicide hazard (per person-day) of patient p in a risk state, and out of contact.
  func suicideRates(_ p: Int, in state: RiskState) -> (contact: Double, general: Double) {
    suicideTable.rates(state, need: patients[p].state, base: patients[p].suicideBase)
  }

  /// Adds the suicide hazard of patient p's current spell from its start to `now` (after
  /// warm-up only). Untreated and recovered spells count as contact for `contactWindowDays`,
  /// then as general population.
  mutating func closeRiskSpell(_ p: Int, until now: Double) {
    let start = max(patients[p].riskSince, design.warmupDays)
    guard now > start else { return }
    let state = patients[p].risk
    let (contactRate, general) = suicideRates(p, in: state)
    var contactDays = 0.0
    switch state {
    case .general: break
    case .untreated, .recovered:
      let windowEnd = patients[p].riskSince + design.risk.contactWindowDays
      contactDays = max(0, min(now, windowEnd) - start)
    default:
      contactDays = now - start
    }
    let generalDays = (now - start) - contactDays
    let expected = contactDays * contactRate + generalDays * general
    counters.expectedInContact += contactDays * contactRate
    let secondaryEnd = state.isSecondaryCare ? now : min(now, patients[p].secondaryContactUntil)
    if secondaryEnd > start {
      let contactEnd = start + contactDays
      counters.expectedSecondaryContact +=
        (min(secondaryEnd, contactEnd) - start) * contactRate + max(0, secondaryEnd - contactEnd) * general
    }
    if patients[p].isBackground {
      counters.backgroundExcess += contactDays * (contactRate - general)
      ledger.addSpan(.backgroundExcessDeaths, from: start, to: start + contactDays, perDay: contactRate - general)
    } else {
      let utility = utilityTable.utility(state, need: patients[p].state)
      ledger.addSpan(.qualityDays, from: start, to: now, perDay: utility)
      ledger.addLostDays(.qualityDaysLost, from: start, to: start + contactDays, rate: contactRate, utility: utility)
      ledger.addLostDays(.qualityDaysLost, from: start + contactDays, to: now, rate: general, utility: utility)
      counters.expectedReferred += expected
      ledger.addSpan(.expectedSuicidesReferred, from: start, to: start + contactDays, perDay: contactRate)
      ledger.addSpan(.expectedSuicidesReferred, from: start + contactDays, to: now, perDay: general)
      if streams[p].suicide.uniform() < -expm1(-expected) {
        counters.sampled += 1
        ledger.add(.sampledSuicides, at: now)
      }
    }
  }

  /// The patient leaves services (untreated or recovered): places are already freed.
  mutating func leaveServices(_ patient: Int32, as state: RiskState, at now: Double) {
    let p = Int(patient)
    patients[p].token &+= 1
    if case .waiting = patients[p].place { patients[p].place = .none }
    patients[p].phase = state == .recovered ? .recovered : .untreated
    endReferral(p, at: now)
    setRisk(patient, state, at: now)
  }

  /// Turned away, dropped out or discharged unrecovered (also from community services, the CMHT
  /// or a link worker): at risk of deterioration and open to remission. Background patients
  /// carry neither: their secondary-care demand is the background processes.
  mutating func leaveUntreated(_ patient: Int32, in simulation: inout Simulation<CareEvent>) {
    leaveServices(patient, as: .untreated, at: simulation.now)
    scheduleDeterioration(patient, in: &simulation)
    scheduleRemission(patient, in: &simulation)
  }

  /// Draws the time to a crisis from a Weibull hazard that rises with time untreated; the
  /// event is ignored if the patient has moved on by then. A link worker's effect on the
  /// hazard lasts only while the link worker holds the case (`coordinationChanged`).
  mutating func scheduleDeterioration(_ patient: Int32, in simulation: inout Simulation<CareEvent>) {
    let p = Int(patient)
    guard !patients[p].isBackground, index.crisis != nil || index.beds != nil,
      let (scale, shape, multiplier) = crisisHazard(p)
    else { return }
    let now = simulation.now
    // Weibull by inversion: T = scale * (-ln U / multiplier)^(1/shape).
    let budget = -log(streams[p].deterioration.uniformPositive())
    patients[p].crisisClock = CrisisClock(
      start: now, checkpoint: now, budget: budget, multiplier: multiplier,
      due: multiplier > 0 ? now + scale * pow(budget / multiplier, 1 / shape) : .infinity,
      token: patients[p].token, running: true)
    scheduleCrisis(patient, in: &simulation)
  }

  /// Schedules the crisis of a live clock when it falls before the horizon.
  mutating func scheduleCrisis(_ patient: Int32, in simulation: inout Simulation<CareEvent>) {
    let clock = patients[Int(patient)].crisisClock
    guard clock.due < design.horizonDays else { return }
    simulation.schedule(
      .deteriorate(patient: patient, token: clock.token), at: clock.due, priority: CareEventPriority.other)
  }

  /// True when a crisis event at `now` is the one the patient's live clock expects.
  func crisisIsDue(_ p: Int, at now: Double) -> Bool {
    let clock = patients[p].crisisClock
    return clock.running && clock.token == patients[p].token && clock.due == now
  }

  /// A link worker took or left the case: the crisis clock of a waiting or untreated patient
  /// runs on with the hazard multiplier of the new state from now.
  mutating func coordinationChanged(_ patient: Int32, in simulation: inout Simulation<CareEvent>) {
    let p = Int(patient)
    let clock = patients[p].crisisClock
    guard clock.running, clock.token == patients[p].token,
      patients[p].phase == .waiting || patients[p].phase == .untreated
    else { return }
    guard let (scale, shape, multiplier) = crisisHazard(p), multiplier != clock.multiplier else { return }
    patients[p].crisisClock.change(multiplier: multiplier, at: simulation.now, scale: scale, shape: shape)
    scheduleCrisis(patient, in: &simulation)
  }

  /// Patient p's Weibull crisis hazard: scale (days) for their need, shape, and the multiplier
  /// in force now (a link worker's while one holds the case); nil when there is no hazard.
  func crisisHazard(_ p: Int) -> (scale: Double, shape: Double, multiplier: Double)? {
    guard let scale = design.policies.deterioration.scaleDays[patients[p].state], scale > 0,
      design.policies.deterioration.shape > 0
    else { return nil }
    return (
      scale, design.policies.deterioration.shape,
      patients[p].isCoordinated ? design.policies.deterioration.coordinatedMultiplier : 1
    )
  }
}
