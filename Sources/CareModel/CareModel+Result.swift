import Population
import SimCore

extension CareModel {
  /// Closes open risk spells and turns the replication's state into metrics.
  mutating func result(at end: Double, events: Int) -> CareReplicationResult {
    for p in patients.indices where !patients[p].isShadow {
      closeRiskSpell(p, until: end)
      guard let held = patients[p].held else { continue }
      if held.service == index.beds {
        ledger.addSpan(patients[p].outOfArea ? .outOfAreaBedDays : .bedDays, from: held.since, to: end)
      } else {
        recordCaseloadDays(service: held.service, from: held.since, to: end)
      }
    }
    let costs = yearlyCosts()
    let years = max(1e-9, (end - design.warmupDays) / DayCount.perYear)
    var metrics: [(name: String, value: Double)] = []
    func add(_ name: String, _ value: Double) { metrics.append((name, value)) }
    func share(_ part: Int, _ whole: Int) -> Double { whole > 0 ? Double(part) / Double(whole) : .nan }
    add("referrals.per_year", Double(counters.referrals) / years)
    add("referrals.new.per_year", Double(counters.newReferrals) / years)
    add("treatment.entered.share", share(counters.referralsTreatedInWindow, counters.referralsInWindow))
    add(
      "pathway.wait_first_treatment.mean",
      counters.firstTreatmentWaits.count > 0 ? counters.firstTreatmentWaits.mean : .nan)
    add("pathway.wait_first_treatment.p90", counters.firstTreatmentWaits.quantile(0.9) ?? .nan)
    add("pathway.within_6_weeks", share(counters.within6Weeks, counters.firstTreatmentWaits.count))
    add("pathway.within_18_weeks", share(counters.within18Weeks, counters.firstTreatmentWaits.count))
    var lists: [ListIdentity] = []
    for (number, spec) in design.services.enumerated() {
      let state = services[number]
      SimulationInvariant.check(
        state.joined == state.served + state.cancelled + state.waitingCount,
        "waiting list \(spec.id) lost track of people: joined \(state.joined), served \(state.served), cancelled \(state.cancelled), waiting \(state.waitingCount)"
      )
      let prefix = "service.\(spec.id)"
      if spec.kind != .beds {
        add("\(prefix).wait.mean", state.waits.count > 0 ? state.waits.mean : .nan)
        add("\(prefix).wait.p90", state.waits.quantile(0.9) ?? .nan)
        if spec.standard != nil {
          add("\(prefix).within_standard", share(state.withinStandard, state.starts))
          add("\(prefix).breaches.per_year", Double(state.breaches) / years)
        }
        add("\(prefix).waiting_list.mean", state.meanWaiting(at: end))
        lists.append(
          ListIdentity(
            service: spec.id, meanWaiting: state.meanWaiting(at: end),
            startsPerDay: Double(state.starts) / (end - design.warmupDays),
            meanWait: state.waits.count > 0 ? state.waits.mean : 0, joined: state.joined,
            served: state.served, cancelled: state.cancelled, waitingAtEnd: state.waitingCount))
      }
      add("\(prefix).utilisation", state.utilisation(at: end))
      add("\(prefix).starts.per_year", Double(spec.kind == .beds ? state.admissions : state.starts) / years)
    }
    add("dna.rate", share(counters.missed, counters.booked))
    add("recovery.rate", share(counters.recoveries, counters.finishedCourses))
    let beds = index.beds.map { services[$0] }
    add("secondary.admissions.per_year", Double(beds?.admissions ?? 0) / years)
    add("secondary.admissions.out_of_area.per_year", Double(beds?.admissionsOutOfArea ?? 0) / years)
    add("beddays.per_year", (beds?.occupiedDays(at: end) ?? 0) / years)
    add("beddays.out_of_area.per_year", (beds?.outOfAreaDays(at: end) ?? 0) / years)
    add("crises.per_year", Double(counters.crises) / years)
    add("suicides.expected.per_year", counters.expectedReferred / years)
    let generalRate = (design.risk.suicidePer100k[.general] ?? 0) / 1e5 / DayCount.perYear
    let populationDays = Double(populationSize) * (end - design.warmupDays)
    let population = counters.expectedInContact + generalRate * max(0, populationDays - counters.contactPersonDays)
    add("suicides.expected.population.per_year", population / years)
    add("suicides.in_contact.share", population > 0 ? counters.expectedInContact / population : .nan)
    add("suicides.sampled.per_year", Double(counters.sampled) / years)
    if let costs {
      let totals = costs.first { $0.name == "cost.total" }?.values ?? []
      for (name, values) in costs { add("\(name).per_year", values.reduce(0, +) / Double(max(1, values.count))) }
      let recoveries = ledger[.recoveries].reduce(0, +)
      add("cost.per_recovery", recoveries > 0 ? totals.reduce(0, +) / recoveries : .nan)
      let value = design.costs?.purposefulYearValue ?? 0
      add(
        "value.purposeful_years.per_year",
        ledger[.purposefulDays].reduce(0, +) / DayCount.perYear * value / Double(ledger.years))
    }
    add("engine.events", Double(events))
    let series = design.services.enumerated().map { number, spec in
      (name: "service.\(spec.id).waiting_list", values: services[number].series.binMeans(closingAt: end))
    }
    var result = CareReplicationResult(
      metrics: metrics, series: series, binStarts: services.first?.series.binStarts ?? [],
      events: events, lists: lists)
    result.yearly = yearlyMetrics(costs: costs ?? [])
    result.breakdown = breakdownRows(years: years)
    return result
  }
}
