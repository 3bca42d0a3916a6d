extension MetricCatalogue {
  /// Care metrics per projection year (`projection.csv`), in output order. Year k is the k-th
  /// 365.25-day period after warm-up.
  static let year: [MetricDefinition] =
    [
      yearly(.referrals, "Referrals", .referrals, .yearTotal, "All referrals in the year"),
      yearly(
        .pathwayWaitingCount, "People waiting for a first treatment", .people, .yearEnd,
        "People referred and waiting for assessment or first treatment at the year's last month end"),
      yearly(
        .serviceWaitingCount("<id>"), "Service <id>: people waiting", .people, .yearEnd,
        "People on the service's waiting list at the year's last month end"),
      yearly(.newReferrals, "New-episode referrals", .referrals, .yearTotal, "First referrals of an episode"),
      yearly(.firstSessions, "First treatment sessions", .people, .yearTotal, "People starting treatment"),
      yearly(
        .waitFirstTreatmentMean, "Wait to first treatment, mean", .days, .yearRatio,
        "Referral to first treatment, over first treatments in the year"),
      yearly(
        .within18Weeks, "First treatment within 18 weeks", .share, .yearRatio,
        "First treatments in the year within 126 days of referral / first treatments in the year"),
      yearly(
        .recoveryRate, "Recovery rate", .share, .yearRatio,
        "Recovered / finished a course of two or more treatment sessions, in the year"),
      yearly(.recoveries, "Recoveries", .people, .yearTotal, "Courses ending in recovery"),
      yearly(.crises, "Crises", .crises, .yearTotal, "Crises of people waiting or untreated"),
      yearly(.admissions, "Admissions", .admissions, .yearTotal, "Admissions to a bed, local and out of area"),
      yearly(.admissionsOutOfArea, "Out-of-area admissions", .admissions, .yearTotal, "Admissions placed out of area"),
      yearly(.bedDays, "Bed days (local)", .bedDays, .yearTotal, "Occupied local bed days"),
      yearly(.bedDaysOutOfArea, "Out-of-area bed days", .bedDays, .yearTotal, "Occupied out-of-area bed days"),
      yearly(
        .suicidesExpected, "Expected suicides (people referred)", .deaths, .yearTotal,
        "Integrated suicide hazard of people referred"),
      yearly(
        .suicidesExpectedPopulation, "Expected suicides (whole population)", .deaths, .yearTotal,
        "Integrated suicide hazard over the whole population"),
      yearly(.suicidesSampled, "Sampled suicides", .deaths, .yearTotal, "Suicides drawn among people referred"),
      yearly(
        .purposefulValue, "Societal sensitivity: value of purposeful years", .pounds, .yearTotal,
        "Recovered person-time valued at the seed's purposeful-year value (unsourced, C): a sensitivity, never cash"),
      yearly(
        .suicidesValue, "Societal sensitivity: value of expected suicides", .pounds, .yearTotal,
        "Expected suicides over the population valued at the scenario's suicide value: a sensitivity, never cash"),
      yearly(
        .costTotal, costLabel(.total), .pounds, .yearTotal,
        costMeaning(.total) + " (undiscounted, price-year pounds; categories and payers are in costs.csv)"),
      yearly(
        .qaly, "QALYs", .qalys, .yearTotal,
        "QALYs of people referred in the year, less those expected suicides end (undiscounted)"),
      yearly(
        .qalyGained, "QALYs gained", .qalys, .yearTotal,
        "QALYs of people referred in the year less those of the natural course of their episodes (undiscounted)"),
    ]

  /// Cost categories per projection year (`costs.csv`, column `category`).
  static let costCategories: [MetricDefinition] =
    CostCategory.allCases.map { category in
      MetricDefinition(
        category.rawValue, label: costLabel(category), unit: .pounds, aggregation: .yearTotal,
        definition: costMeaning(category)
          + " in the year (undiscounted, price-year pounds); on `discounted_total` rows the discounted sum over the years",
        scope: .costCategory)
    }
    + CostPayer.allCases.map { payer in
      MetricDefinition(
        payer.rawValue, label: payerLabel(payer), unit: .pounds, aggregation: .yearTotal,
        definition: payer.meaning
          + " in the year; the payer rows add up to `total` as the categories do (never sum both)",
        scope: .costCategory)
    }

  /// Time series (`timeseries.csv`, column `series`).
  static let series: [MetricDefinition] = [
    MetricDefinition(
      SeriesKey.waitingList(service: "<id>").name, label: "Service <id>: people waiting", unit: .people,
      aggregation: .binAverage, definition: "Time-average number on the service's waiting list in each week",
      scope: .series),
    MetricDefinition(
      SeriesKey.queueLength(node: "<name>").name, label: "Node <name>: queue length", unit: .customers,
      aggregation: .binAverage, definition: "Time-average number waiting at the node in each of 200 bins",
      scope: .series, models: [.network]),
  ]

  /// The parts of a comparison's net impact (`net_impact.csv`, column `component`).
  static let netImpact: [MetricDefinition] = NetImpactComponent.allCases.map { component in
    let (label, definition): (String, String) =
      switch component {
      case .serviceCost: ("Service cost difference", "ALT minus BASE total service cost")
      case .suicidesPreventedValue:
        ("Value of suicides prevented", "BASE's suicide value × (BASE − ALT) expected suicides over the population")
      case .purposefulValue: ("Purposeful-year value difference", "ALT minus BASE value of purposeful years")
      case .netImpact:
        ("Net impact", "Service cost difference − value of suicides prevented − purposeful-year value difference")
      }
    return MetricDefinition(
      component.rawValue, label: label, unit: .pounds, aggregation: .difference,
      definition: definition + " (price-year pounds; negative is a saving)", scope: .netImpact)
  }

  /// The definition of one yearly metric.
  static func yearly(
    _ key: YearMetricKey, _ label: String, _ unit: MetricUnit, _ aggregation: MetricAggregation, _ definition: String
  ) -> MetricDefinition {
    MetricDefinition(key.name, label: label, unit: unit, aggregation: aggregation, definition: definition, scope: .year)
  }
}
