extension MetricCatalogue {
  /// Care metrics, one value per replication, in the order a run writes them.
  static let care: [MetricDefinition] =
    [
      MetricDefinition(
        MetricKey.referralsPerYear.name, label: "Referrals a year", unit: .referrals, aggregation: .perYear,
        definition: "All referrals after warm-up (new episodes, re-referrals and relapses) a year"),
      MetricDefinition(
        MetricKey.newReferralsPerYear.name, label: "New-episode referrals a year", unit: .referrals,
        aggregation: .perYear, definition: "First referrals of an episode after warm-up, a year"),
      MetricDefinition(
        MetricKey.treatmentEnteredShare.name, label: "Referrals reaching treatment", unit: .share,
        aggregation: .share, definition: "Referrals after warm-up that reach a first treatment session"),
      MetricDefinition(
        MetricKey.waitFirstTreatmentMean.name, label: "Wait to first treatment, mean", unit: .days,
        aggregation: .mean, definition: "Referral to first treatment session at any step, over first treatments"),
      MetricDefinition(
        MetricKey.waitFirstTreatmentP90.name, label: "Wait to first treatment, 90th percentile", unit: .days,
        aggregation: .percentile90, definition: "90th percentile of referral to first treatment session"),
      MetricDefinition(
        MetricKey.within6Weeks.name, label: "First treatment within 6 weeks", unit: .share, aggregation: .share,
        definition: "First treatments within 42 days of referral / first treatments"),
      MetricDefinition(
        MetricKey.within18Weeks.name, label: "First treatment within 18 weeks", unit: .share, aggregation: .share,
        definition: "First treatments within 126 days of referral / first treatments"),
      MetricDefinition(
        MetricKey.waitFirstTreatmentMedian.name, label: "Wait to first treatment, median", unit: .days,
        aggregation: .median, definition: "Median of referral to first treatment session (clock stops)"),
      MetricDefinition(
        MetricKey.pathwayWaitingCount.name, label: "People waiting for a first treatment", unit: .people,
        aggregation: .monthEndMean,
        definition:
          "People referred and still waiting for assessment or first treatment (incomplete pathways) at each calendar month end, mean over the month ends"
      ),
      MetricDefinition(
        MetricKey.pathwayWaitingOver18WeeksShare.name, label: "Of those, waiting over 18 weeks so far", unit: .share,
        aggregation: .share,
        definition: "Incomplete pathways more than 126 days old / incomplete pathways, pooled over the month ends"),
      MetricDefinition(
        MetricKey.secondSessionOver90DaysShare.name, label: "Second session over 90 days after the first",
        unit: .share, aggregation: .share,
        definition: "Second treatment sessions more than 90 days after the first / second treatment sessions"),
      MetricDefinition(
        MetricKey.selfReferralShare.name, label: "Self-referrals", unit: .share, aggregation: .share,
        definition: "Referrals made by the person rather than a GP / referrals"),
      MetricDefinition(
        MetricKey.endedFinishedCourseShare.name, label: "Ended referrals: finished a course", unit: .share,
        aggregation: .share,
        definition: "Referrals ended after warm-up with two or more treatment sessions / referrals ended"),
      MetricDefinition(
        MetricKey.endedTreatedOnceShare.name, label: "Ended referrals: treated once", unit: .share,
        aggregation: .share,
        definition: "Referrals ended after warm-up with exactly one treatment session / referrals ended"),
      MetricDefinition(
        MetricKey.endedNotSeenShare.name, label: "Ended referrals: never treated", unit: .share,
        aggregation: .share,
        definition:
          "Referrals ended after warm-up without a treatment session (turned away, missed assessment, remitted, crisis) / referrals ended"
      ),
      MetricDefinition(
        MetricKey.removedOtherThanTreatmentPerYear.name, label: "Removed from lists other than by treatment a year",
        unit: .people, aggregation: .perYear,
        definition: "People who left a waiting list untreated because their episode remitted, a year"),
    ] + ServiceMetric.allCases.map(serviceDefinition) + [
      MetricDefinition(
        MetricKey.dnaRate.name, label: "Missed sessions (DNA rate)", unit: .share, aggregation: .share,
        definition: "Missed / booked treatment sessions (assessments excluded)"),
      MetricDefinition(
        MetricKey.cancelledSessionsShare.name, label: "Sessions cancelled ahead", unit: .share, aggregation: .share,
        definition: "Sessions cancelled ahead by the patient or the service / sessions booked, cancelled included"),
      MetricDefinition(
        MetricKey.coursesEndedEarlyShare.name, label: "Courses ended early", unit: .share, aggregation: .share,
        definition:
          "Treatment courses ended before their planned sessions (dropout after a session or the missed-session rule) / courses ended"
      ),
      MetricDefinition(
        MetricKey.coursesEndedByMissedSessionsShare.name, label: "Courses ended by the missed-session rule",
        unit: .share, aggregation: .share,
        definition: "Treatment courses ended by policies.dna.missed_limit / courses ended"),
      MetricDefinition(
        MetricKey.callbacksPerYear.name, label: "Reminder call-backs a year", unit: .calls, aggregation: .perYear,
        definition:
          "Reminder calls made before booked treatment sessions to the patients the call-back policy names, a year"),
      MetricDefinition(
        MetricKey.callbackHoursPerYear.name, label: "Call-back staff hours a year", unit: .hours,
        aggregation: .perYear,
        definition:
          "Staff time spent on reminder call-backs (calls x policies.dna.callback_minutes / 60), a year; costed with staff at costs.callback_hour"
      ),
      MetricDefinition(
        MetricKey.recoveryRate.name, label: "Recovery rate", unit: .share, aggregation: .share,
        definition: "Recovered / finished a course with two or more treatment sessions (NHS definition)"),
      MetricDefinition(
        MetricKey.admissionsPerYear.name, label: "Admissions a year", unit: .admissions, aggregation: .perYear,
        definition: "Admissions to a bed, local and out of area, a year"),
      MetricDefinition(
        MetricKey.admissionsOutOfAreaPerYear.name, label: "Out-of-area admissions a year", unit: .admissions,
        aggregation: .perYear, definition: "Admissions placed out of area because every local bed was full, a year"),
      MetricDefinition(
        MetricKey.bedDaysPerYear.name, label: "Local bed days a year", unit: .bedDays, aggregation: .perYear,
        definition: "Occupied local bed days a year"),
      MetricDefinition(
        MetricKey.bedDaysOutOfAreaPerYear.name, label: "Out-of-area bed days a year", unit: .bedDays,
        aggregation: .perYear, definition: "Occupied out-of-area bed days a year"),
      MetricDefinition(
        MetricKey.bedDaysTotalChange.name, label: "Bed days (local + out of area), change over the run", unit: .share,
        aggregation: .yearRatio,
        definition: "Bed days of the last projection year / those of the first, minus 1 (negative is a fall)"),
      MetricDefinition(
        MetricKey.crisesPerYear.name, label: "Crises a year", unit: .crises, aggregation: .perYear,
        definition:
          "Crises of people waiting or untreated (they leave the list for the crisis team, a bed or the CMHT), a year"),
      MetricDefinition(
        MetricKey.suicidesExpectedPerYear.name, label: "Expected suicides a year, people referred", unit: .deaths,
        aggregation: .perYear, definition: "Integrated suicide hazard of people referred during the run, a year"),
      MetricDefinition(
        MetricKey.suicidesExpectedPopulationPerYear.name, label: "Expected suicides a year, whole population",
        unit: .deaths, aggregation: .perYear,
        definition: "Integrated suicide hazard over the whole population, in contact with services or not, a year"),
      MetricDefinition(
        MetricKey.suicidesInContactShare.name, label: "Expected suicides among people in contact", unit: .share,
        aggregation: .share, definition: "Expected suicides of people in contact with services / the population's"),
      MetricDefinition(
        MetricKey.suicidesSecondaryContactShare.name, label: "Expected suicides after secondary care in the last year",
        unit: .share, aggregation: .share,
        definition:
          "Expected suicides of people under secondary mental-health care (CMHT, crisis team, a bed, the month after) or within a year of leaving it / the population's (NCISH's measure)"
      ),
      MetricDefinition(
        MetricKey.suicidesSampledPerYear.name, label: "Sampled suicides a year", unit: .deaths,
        aggregation: .perYear, definition: "Suicides drawn from the hazard among people referred, a year"),
    ] + CostCategory.allCases.map(costDefinition) + economics + [
      MetricDefinition(
        MetricKey.costPerRecovery.name, label: "Talking-therapies cost per recovery", unit: .pounds,
        aggregation: .ratio,
        definition:
          "The talking-therapies commissioner's cost over the projection years / recoveries in them (price-year pounds; secondary care, community services and GP time left out)"
      ),
      MetricDefinition(
        MetricKey.purposefulValuePerYear.name, label: "Societal sensitivity: value of purposeful years a year",
        unit: .pounds, aggregation: .perYear,
        definition:
          "Recovered person-time valued at the seed's purposeful-year value (unsourced, grade C; GDP-deflated), a year: a labelled sensitivity, never added to cash"
      ),
      MetricDefinition(
        MetricKey.engineEvents.name, label: "Engine events", unit: .events, aggregation: .wholeRunCount,
        definition: "Events the engine handled over the whole replication, warm-up included",
        models: [.care, .network]),
    ]

  /// The definition of one per-service metric.
  static func serviceDefinition(_ metric: ServiceMetric) -> MetricDefinition {
    let name = MetricKey.service("<id>", metric).name
    let (label, unit, aggregation, definition): (String, MetricUnit, MetricAggregation, String) =
      switch metric {
      case .waitMean:
        ("Service <id>: wait, mean", .days, .mean, "Joining the service's waiting list to the first session or place")
      case .waitP90:
        ("Service <id>: wait, 90th percentile", .days, .percentile90, "90th percentile of the service's waits")
      case .withinStandard:
        ("Service <id>: starts within standard", .share, .share, "Starts within the service's own `standard` / starts")
      case .breachesPerYear:
        (
          "Service <id>: starts beyond standard a year", .people, .perYear,
          "Starts beyond the service's `standard`, a year"
        )
      case .waitingListMean:
        (
          "Service <id>: people waiting, mean", .people, .timeAverage,
          "Time-average number on the service's waiting list"
        )
      case .waitingCount:
        (
          "Service <id>: people waiting at month ends", .people, .monthEndMean,
          "People on the service's waiting list at each calendar month end, mean over the month ends"
        )
      case .waitingListTrend:
        (
          "Service <id>: list growth a year", .peoplePerYear, .slope,
          "Least-squares slope of the weekly mean list over the projection years: above zero, the list is growing"
        )
      case .utilisation:
        (
          "Service <id>: utilisation", .share, .timeAverage,
          "Capacity in use / capacity offered (slots, group places, caseload places or beds, by kind)"
        )
      case .startsPerYear:
        ("Service <id>: starts a year", .people, .perYear, "First sessions, places taken or admissions (beds), a year")
      }
    return MetricDefinition(name, label: label, unit: unit, aggregation: aggregation, definition: definition)
  }

  /// The definition of one category's mean yearly cost.
  static func costDefinition(_ category: CostCategory) -> MetricDefinition {
    MetricDefinition(
      MetricKey.costPerYear(category).name, label: costLabel(category) + " a year", unit: .pounds,
      aggregation: .perYear, definition: costMeaning(category) + ", a year (undiscounted, price-year pounds)")
  }

  /// A short label of a cost category.
  static func costLabel(_ category: CostCategory) -> String {
    switch category {
    case .sessions: "Cost of sessions bought per session"
    case .assessments: "Cost of assessments"
    case .gp: "Cost of GP consultations"
    case .staff: "Cost of staff (WTE-years, group timetables, call-backs)"
    case .community: "Cost of community episodes"
    case .cmht: "Cost of the CMHT"
    case .crisis: "Cost of the crisis team"
    case .beds: "Cost of local beds"
    case .bedsOutOfArea: "Cost of out-of-area placements"
    case .total: "Total cost"
    }
  }

  /// What a cost category counts.
  static func costMeaning(_ category: CostCategory) -> String {
    switch category {
    case .sessions:
      "Booked treatment sessions (attended or missed) of services costed by activity (`costs.costing: activity`), at each service's session cost"
    case .assessments: "Assessments at the assessment cost, when triage is costed by activity"
    case .gp: "GP consultations that make a referral or re-referral"
    case .staff:
      "Staff paid whether busy or not: each service's WTE x cost per WTE-year, group timetables (groups offered x sessions x cost per group session) and call-back hours"
    case .community: "Community-service episodes at the episode cost"
    case .cmht: "CMHT places x cost per place-year (caseload days x cost per day when costed by activity)"
    case .crisis:
      "Crisis-team places x cost per place-year (caseload days x cost per day when costed by activity)"
    case .beds:
      "Local beds: each bed's fixed cost a year (fixed share x bed-day cost x 365.25) plus occupied days x the marginal share of the bed-day cost"
    case .bedsOutOfArea: "Out-of-area placement days at the cost per placement day"
    case .total: "Every cost category together"
    }
  }
}
