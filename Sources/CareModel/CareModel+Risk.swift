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
    patients[p].risk = state
    patients[p].riskSince = now
  }

  /// Adds the suicide hazard of patient p's current spell from its start to `now` (after
  /// warm-up only). Untreated and recovered spells count as contact for `contactWindowDays`,
  /// then as general population.
  mutating func closeRiskSpell(_ p: Int, until now: Double) {
    let start = max(patients[p].riskSince, design.warmupDays)
    guard now > start else { return }
    let state = patients[p].risk
    let rates = design.risk.suicidePer100k
    let general = (rates[.general] ?? 0) / 1e5 / DayCount.perYear
    var contactDays = 0.0
    var contactRate = 0.0
    switch state {
    case .general: break
    case .untreated, .recovered:
      let windowEnd = patients[p].riskSince + design.risk.contactWindowDays
      contactDays = max(0, min(now, windowEnd) - start)
      contactRate = (rates[state] ?? 0) / 1e5 / DayCount.perYear
    default:
      contactDays = now - start
      contactRate = (rates[state] ?? 0) / 1e5 / DayCount.perYear
    }
    let generalDays = (now - start) - contactDays
    let expected = contactDays * contactRate + generalDays * general
    counters.expectedInContact += contactDays * contactRate
    counters.contactPersonDays += contactDays
    ledger.addSpan(.expectedSuicidesInContact, from: start, to: start + contactDays, perDay: contactRate)
    ledger.addSpan(.contactDays, from: start, to: start + contactDays)
    if !patients[p].isBackground {
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

  /// Turned away, dropped out or discharged unrecovered: at risk of deterioration.
  mutating func leaveUntreated(_ patient: Int32, in simulation: inout Simulation<CareEvent>) {
    leaveServices(patient, as: .untreated, at: simulation.now)
    scheduleDeterioration(patient, in: &simulation)
    scheduleRemission(patient, in: &simulation)
  }

  /// Draws the time to a crisis from a Weibull hazard that rises with time untreated; the
  /// event is ignored if the patient has moved on by then.
  mutating func scheduleDeterioration(_ patient: Int32, in simulation: inout Simulation<CareEvent>) {
    let p = Int(patient)
    guard !patients[p].isBackground, index.crisis != nil || index.beds != nil else { return }
    let rule = design.policies.deterioration
    guard let scale = rule.scaleDays[patients[p].state], scale > 0, rule.shape > 0 else { return }
    let multiplier = patients[p].isCoordinated ? rule.coordinatedMultiplier : 1
    guard multiplier > 0 else { return }
    // Weibull by inversion: T = scale * (-ln U / multiplier)^(1/shape).
    let u = streams[p].deterioration.uniformPositive()
    let time = scale * pow(-log(u) / multiplier, 1 / rule.shape)
    guard simulation.now + time < design.horizonDays else { return }
    simulation.schedule(
      .deteriorate(patient: patient, token: patients[p].token), after: time, priority: CareEventPriority.other)
  }
}
