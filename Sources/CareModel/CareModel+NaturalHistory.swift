import Foundation
import Population
import SimCore
import Stochastics

extension CareModel {
  /// Draws the time to remission of an episode still waiting or untreated (exponential at the
  /// scenario's hazard for its severity); the event is ignored if the patient has moved on.
  mutating func scheduleRemission(_ patient: Int32, in simulation: inout Simulation<CareEvent>) {
    let p = Int(patient)
    guard !patients[p].isBackground else { return }
    let rate = design.naturalHistory.remissionPerDay(patients[p].state)
    guard rate > 0 else { return }
    let time = -log(streams[p].remission.uniformPositive()) / rate
    guard simulation.now + time < design.horizonDays else { return }
    simulation.schedule(
      .remit(patient: patient, token: patients[p].token), after: time, priority: CareEventPriority.other)
  }

  /// The episode remits untreated: a waiting patient leaves the list (removed other than
  /// treatment) and the referral ends; an untreated patient's crisis hazard ends.
  mutating func remit(_ patient: Int32, in simulation: inout Simulation<CareEvent>) {
    let p = Int(patient)
    let now = simulation.now
    switch patients[p].phase {
    case .waiting:
      leaveList(p, at: now)
      if counts(now) { counters.removedOtherThanTreatment += 1 }
      ledger.add(.removedOtherThanTreatment, at: now)
    case .untreated: break
    default: return
    }
    leaveServices(patient, as: .recovered, at: now)
  }

  /// Takes a waiting patient off their list untreated (remission or crisis): the ticket is
  /// cancelled in place and the time on the list is kept for Little's law.
  mutating func leaveList(_ p: Int, at now: Double) {
    guard let waiting = patients[p].waiting else { return }
    services[waiting.service].lists[waiting.provider].cancelOne()
    services[waiting.service].cancelled += 1
    services[waiting.service].recordLeaving(since: waiting.since, at: now)
    patients[p].place = .none
    services[waiting.service].waitingChanged(at: now)
  }

  /// A referral ends: counted by the treatment sessions it reached (after warm-up).
  mutating func endReferral(_ p: Int, at now: Double) {
    guard patients[p].referralOpen else { return }
    patients[p].referralOpen = false
    guard counts(now), !patients[p].isBackground else { return }
    switch patients[p].treatmentSessions {
    case 0: counters.endedNotSeen += 1
    case 1: counters.endedTreatedOnce += 1
    default: counters.endedFinished += 1
    }
  }

  /// An attended treatment session of the current referral: the first stops the clock of the
  /// wait to first treatment; the second is timed from the first (the hidden wait).
  mutating func attendedTreatmentSession(_ p: Int, at now: Double) {
    patients[p].treatmentSessions += 1
    switch patients[p].treatmentSessions {
    case 1:
      patients[p].firstSessionDay = now
      if !patients[p].reachedTreatment {
        patients[p].reachedTreatment = true
        firstTreatment(p, at: now)
      }
    case 2:
      guard counts(now), !patients[p].isBackground else { return }
      counters.secondSessions += 1
      if now - patients[p].firstSessionDay > 90 + 1e-9 { counters.secondSessionsOver90Days += 1 }
    default: break
    }
  }
}
