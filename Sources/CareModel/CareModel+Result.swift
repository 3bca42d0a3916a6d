import Population
import SimCore
import StepwellMetrics

extension CareModel {
  /// Closes open risk spells and turns the replication's state into metrics.
  mutating func result(at end: Double, events: Int) -> CareReplicationResult {
    for p in patients.indices where !patients[p].isShadow {
      closeRiskSpell(p, until: end)
      guard let held = patients[p].held else { continue }
      if held.service == index.beds {
        ledger.addSpan(held.site == .outOfArea ? .outOfAreaBedDays : .bedDays, from: held.since, to: end)
      } else {
        recordCaseloadDays(service: held.service, from: held.since, to: end)
      }
    }
    let costs = yearlyCosts()
    let years = max(1e-9, (end - design.warmupDays) / DayCount.perYear)
    var metrics: [(name: String, value: Double)] = []
    func add(_ key: MetricKey, _ value: Double) { metrics.append((key.name, value)) }
    func share(_ part: Int, _ whole: Int) -> Double { whole > 0 ? Double(part) / Double(whole) : .nan }
    add(.referralsPerYear, Double(counters.referrals) / years)
    add(.newReferralsPerYear, Double(counters.newReferrals) / years)
    add(.treatmentEnteredShare, share(counters.referralsTreatedInWindow, counters.referralsInWindow))
    add(
      .waitFirstTreatmentMean,
      counters.firstTreatmentWaits.count > 0 ? counters.firstTreatmentWaits.mean : .nan)
    add(.waitFirstTreatmentP90, counters.firstTreatmentWaits.quantile(0.9) ?? .nan)
    add(.within6Weeks, share(counters.within6Weeks, counters.firstTreatmentWaits.count))
    add(.within18Weeks, share(counters.within18Weeks, counters.firstTreatmentWaits.count))
    add(.waitFirstTreatmentMedian, counters.firstTreatmentWaits.quantile(0.5) ?? .nan)
    add(
      .pathwayWaitingCount,
      counters.monthEnds > 0 ? Double(counters.monthEndWaiting) / Double(counters.monthEnds) : .nan)
    add(.pathwayWaitingOver18WeeksShare, share(counters.monthEndWaitingOver18Weeks, counters.monthEndWaiting))
    add(.secondSessionOver90DaysShare, share(counters.secondSessionsOver90Days, counters.secondSessions))
    add(.selfReferralShare, share(counters.selfReferrals, counters.referrals))
    let ended = counters.endedFinished + counters.endedTreatedOnce + counters.endedNotSeen
    add(.endedFinishedCourseShare, share(counters.endedFinished, ended))
    add(.endedTreatedOnceShare, share(counters.endedTreatedOnce, ended))
    add(.endedNotSeenShare, share(counters.endedNotSeen, ended))
    add(.removedOtherThanTreatmentPerYear, Double(counters.removedOtherThanTreatment) / years)
    var lists: [ListIdentity] = []
    var stillWaiting = [Double](repeating: 0, count: services.count)
    for patient in patients {
      if let waiting = patient.waiting {
        stillWaiting[waiting.service] += max(0, end - max(waiting.since, design.warmupDays))
      }
      if case .waiting(let since) = patient.coordination, let service = index.coordination {
        stillWaiting[service] += max(0, end - max(since, design.warmupDays))
      }
    }
    for (number, spec) in design.services.enumerated() {
      let state = services[number]
      SimulationInvariant.check(
        state.joined == state.served + state.cancelled + state.waitingCount,
        "waiting list \(spec.id) lost track of people: joined \(state.joined), served \(state.served), cancelled \(state.cancelled), waiting \(state.waitingCount)"
      )
      if spec.kind != .beds {
        add(.service(spec.id, .waitMean), state.waits.count > 0 ? state.waits.mean : .nan)
        add(.service(spec.id, .waitP90), state.waits.quantile(0.9) ?? .nan)
        if spec.standard != nil {
          add(.service(spec.id, .withinStandard), share(state.withinStandard, state.starts))
          add(.service(spec.id, .breachesPerYear), Double(state.breaches) / years)
        }
        add(.service(spec.id, .waitingListMean), state.meanWaiting(at: end))
        add(.service(spec.id, .waitingCount), state.meanMonthEndWaiting)
        add(.service(spec.id, .waitingListTrend), state.listTrendPerYear(closingAt: end))
        lists.append(
          ListIdentity(
            service: spec.id, meanWaiting: state.meanWaiting(at: end),
            startsPerDay: Double(state.starts) / (end - design.warmupDays),
            meanWait: state.waits.count > 0 ? state.waits.mean : 0,
            personDaysOnListPerDay: (state.leaversDaysOnList + stillWaiting[number]) / (end - design.warmupDays),
            leaversPerDay: Double(state.leavers) / (end - design.warmupDays), joined: state.joined,
            served: state.served, cancelled: state.cancelled, waitingAtEnd: state.waitingCount))
      }
      add(.service(spec.id, .utilisation), state.utilisation(at: end))
      add(.service(spec.id, .startsPerYear), Double(spec.kind == .beds ? state.admissions : state.starts) / years)
    }
    add(.dnaRate, share(counters.missed, counters.booked))
    add(.cancelledSessionsShare, share(counters.cancelledSessions, counters.booked + counters.cancelledSessions))
    let coursesEnded =
      counters.coursesCompleted + counters.coursesEndedByDropout + counters.coursesEndedByMissedSessions
    let endedEarly = counters.coursesEndedByDropout + counters.coursesEndedByMissedSessions
    add(.coursesEndedEarlyShare, share(endedEarly, coursesEnded))
    add(.coursesEndedByMissedSessionsShare, share(counters.coursesEndedByMissedSessions, coursesEnded))
    add(.callbacksPerYear, Double(counters.callbacks) / years)
    add(.callbackHoursPerYear, Double(counters.callbacks) * design.policies.callbackMinutes / 60 / years)
    add(.recoveryRate, share(counters.recoveries, counters.finishedCourses))
    let beds = index.beds.map { services[$0] }
    add(.admissionsPerYear, Double(beds?.admissions ?? 0) / years)
    add(.admissionsOutOfAreaPerYear, Double(beds?.admissionsOutOfArea ?? 0) / years)
    add(.bedDaysPerYear, (beds?.occupiedDays(at: end) ?? 0) / years)
    add(.bedDaysOutOfAreaPerYear, (beds?.outOfAreaDays(at: end) ?? 0) / years)
    add(.crisesPerYear, Double(counters.crises) / years)
    add(.suicidesExpectedPerYear, counters.expectedReferred / years)
    let generalHazard = populationGeneralSuicidePerDay * (end - design.warmupDays)
    let population = max(
      0, generalHazard + counters.backgroundExcess + counters.expectedReferred - naturalCourseDeaths)
    add(.suicidesExpectedPopulationPerYear, population / years)
    add(.suicidesInContactShare, population > 0 ? counters.expectedInContact / population : .nan)
    add(.suicidesSecondaryContactShare, population > 0 ? counters.expectedSecondaryContact / population : .nan)
    let bedDays = zip(ledger[.bedDays], ledger[.outOfAreaBedDays]).map(+)
    if let first = bedDays.first, let last = bedDays.last, bedDays.count >= 2, first > 0 {
      add(.bedDaysTotalChange, last / first - 1)
    } else {
      add(.bedDaysTotalChange, .nan)
    }
    add(.suicidesSampledPerYear, Double(counters.sampled) / years)
    if let costs, let spec = design.costs {
      for (name, values) in costs {
        add(YearMetricKey(name).perYear, values.reduce(0, +) / Double(max(1, values.count)))
      }
      func discounted(_ name: String) -> Double { spec.discounted(costs.first { $0.name == name }?.values ?? []) }
      add(.costDiscountedTotal, discounted(YearMetricKey.costTotal.name))
      for payer in CostPayer.allCases { add(.costDiscountedTotal(payer), discounted(YearMetricKey.cost(payer).name)) }
      let recoveries = ledger[.recoveries].reduce(0, +)
      let talkingTherapies = costs.first { $0.name == YearMetricKey.cost(.talkingTherapies).name }?.values ?? []
      add(.costPerRecovery, recoveries > 0 ? talkingTherapies.reduce(0, +) / recoveries : .nan)
      add(
        .purposefulValuePerYear,
        ledger[.purposefulDays].reduce(0, +) / DayCount.perYear * spec.purposefulYearValue / Double(ledger.years))
      for (qalys, perYear, discounted, sensitivity) in [
        (qalysByYear, MetricKey.qalyPerYear, MetricKey.qalyDiscountedTotal, MetricKey.qalyDiscountedTotalSensitivity),
        (qalysGainedByYear, .qalyGainedPerYear, .qalyGainedDiscountedTotal, .qalyGainedDiscountedTotalSensitivity),
      ] {
        add(perYear, qalys.reduce(0, +) / Double(max(1, qalys.count)))
        for (key, rate) in [(discounted, spec.outcomeDiscountRate), (sensitivity, spec.outcomeSensitivityRate)] {
          add(key, spec.discounted(qalys, rate: rate))
        }
      }
    }
    add(.engineEvents, Double(events))
    let series = design.services.enumerated().map { number, spec in
      (name: SeriesKey.waitingList(service: spec.id).name, values: services[number].series.binMeans(closingAt: end))
    }
    var result = CareReplicationResult(
      metrics: metrics, series: series, binStarts: services.first?.series.binStarts ?? [],
      events: events, lists: lists)
    result.yearly = yearlyMetrics(costs: costs ?? [])
    result.breakdown = breakdownRows(years: years)
    return result
  }
}
