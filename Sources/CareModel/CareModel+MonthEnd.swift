import Population
import SimCore

extension CareModel {
  /// A calendar month end: counts incomplete pathways (people referred and waiting for
  /// assessment or first treatment, and how long they have waited so far) and every list.
  mutating func monthEnd(_ number: Int, in simulation: inout Simulation<CareEvent>) {
    let now = simulation.now
    if number + 1 < monthEnds.count {
      simulation.schedule(
        .monthEnd(index: Int32(number + 1)), at: monthEnds[number + 1], priority: CareEventPriority.warmup)
    }
    guard counts(now) else { return }
    var waiting = 0
    var over18Weeks = 0
    for p in patients.indices where patients[p].isWaitingForFirstTreatment {
      waiting += 1
      if now - patients[p].referralDay > 126 + 1e-9 { over18Weeks += 1 }
    }
    counters.monthEnds += 1
    counters.monthEndWaiting += waiting
    counters.monthEndWaitingOver18Weeks += over18Weeks
    var lists = [Int](repeating: 0, count: services.count)
    for number in services.indices {
      lists[number] = services[number].waitingCount
      services[number].recordMonthEnd(waiting: lists[number])
    }
    ledger.recordMonthEnd(at: now, pathwayWaiting: waiting, serviceWaiting: lists)
  }
}

extension Patient {
  /// True for a referred person whose referral is open and who has had no treatment session:
  /// on a list, in assessment or booked for a first session (an incomplete pathway).
  var isWaitingForFirstTreatment: Bool {
    guard kind == .referred, referralOpen, !reachedTreatment else { return false }
    return phase == .waiting || phase == .inService
  }
}
