import Population
import SimCore

extension CareModel {
  /// The i-th dated change applies: the design in force is replaced and every service takes its
  /// new capacity at once (people holding places keep them; free places go to those waiting).
  /// Processes that were off and are now on (background admissions or CMHT episodes, step-down,
  /// a service's scheduled capacity steps) start from now.
  mutating func applyChange(_ number: Int, in simulation: inout Simulation<CareEvent>) {
    let now = simulation.now
    if number + 1 < changes.count {
      simulation.schedule(
        .designChange(index: Int16(number + 1)), at: changes[number + 1].day, priority: CareEventPriority.capacity)
    }
    let old = design
    design = changes[number].design
    suicideTable = SuicideRateTable(design.risk)
    utilityTable = UtilityTable(design.utilities)
    index = ServiceIndex(design: design)
    equity = EquityTables(design: design, mix: groupMix)
    capacityEpoch &+= 1
    for (service, spec) in design.services.enumerated() {
      services[service].spec = spec
      services[service].setCapacity(
        spec.isOpen || spec.kind == .group ? Int(Int32.max) : spec.capacity.capacity(at: now), at: now)
      if let next = spec.capacity.nextChange(after: now) {
        simulation.schedule(
          .capacityChange(service: Int16(service), epoch: capacityEpoch), at: next, priority: CareEventPriority.capacity
        )
      }
      if service == index.coordination {
        serveCoordination(service: service, in: &simulation)
      } else {
        for provider in services[service].pools.indices {
          serveWaiting(service: service, provider: provider, in: &simulation)
        }
      }
    }
    let oldAdmissions = old.risk.backgroundAdmissionsPerYear
    let newAdmissions = design.risk.backgroundAdmissionsPerYear
    let wasAdmitting = backgroundAdmissionRate > 0
    backgroundAdmissionRate = max(0, backgroundAdmissionRate + newAdmissions - oldAdmissions)
    if !wasAdmitting, backgroundAdmissionRate > 0, index.beds != nil {
      let gap = backgroundStream.exponential(mean: DayCount.perYear / backgroundAdmissionRate)
      simulation.schedule(.backgroundAdmission, after: gap, priority: CareEventPriority.arrival)
    }
    let newCMHT = design.risk.backgroundCMHTPerYear
    if old.risk.backgroundCMHTPerYear <= 0, newCMHT > 0, index.cmht != nil {
      let gap = backgroundCMHTStream.exponential(mean: DayCount.perYear / newCMHT)
      simulation.schedule(.backgroundCMHT, after: gap, priority: CareEventPriority.arrival)
    }
    if (old.policies.stepDown?.people ?? 0) == 0, let stepDown = design.policies.stepDown, stepDown.people > 0 {
      simulation.schedule(
        .stepDown, after: stepDown.overDays / Double(stepDown.people), priority: CareEventPriority.other)
    }
  }
}
