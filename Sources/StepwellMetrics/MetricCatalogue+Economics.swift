extension MetricCatalogue {
  /// Cash by payer, discounted totals and QALYs (`metrics.csv`), in output order.
  static let economics: [MetricDefinition] =
    CostPayer.allCases.map { payer in
      MetricDefinition(
        MetricKey.costPerYear(payer).name, label: payerLabel(payer) + " a year", unit: .pounds, aggregation: .perYear,
        definition: payer.meaning + ", a year (undiscounted, price-year pounds)")
    } + [
      MetricDefinition(
        MetricKey.costDiscountedTotal.name, label: "Total cost, discounted", unit: .pounds, aggregation: .yearTotal,
        definition:
          "Every cost over the projection years, year k times 1 / (1 + r)^(k - 1) at the cost discount rate (price-year pounds)"
      )
    ]
    + CostPayer.allCases.map { payer in
      MetricDefinition(
        MetricKey.costDiscountedTotal(payer).name, label: payerLabel(payer) + ", discounted", unit: .pounds,
        aggregation: .yearTotal,
        definition: payer.meaning + ", over the projection years discounted at the cost rate (price-year pounds)")
    } + [
      MetricDefinition(
        MetricKey.qalyPerYear.name, label: "QALYs a year", unit: .qalys, aggregation: .perYear,
        definition:
          "Utility x time of people referred (from referral), by state and severity, less the QALYs expected suicides end, a year"
      ),
      MetricDefinition(
        MetricKey.qalyDiscountedTotal.name, label: "QALYs, discounted", unit: .qalys, aggregation: .yearTotal,
        definition: "QALYs over the projection years, year k times 1 / (1 + r)^(k - 1) at the outcome discount rate"),
      MetricDefinition(
        MetricKey.qalyDiscountedTotalSensitivity.name, label: "QALYs, discounted at the sensitivity rate",
        unit: .qalys, aggregation: .yearTotal,
        definition: "QALYs over the projection years discounted at the sensitivity outcome rate (1.5% by default)"),
      MetricDefinition(
        MetricKey.qalyGainedPerYear.name, label: "QALYs gained a year", unit: .qalys, aggregation: .perYear,
        definition:
          "QALYs of people referred less those of the natural course of their episodes (ill until remission at the natural-history rate, then well), a year: the health gain the ICER and NMB use"
      ),
      MetricDefinition(
        MetricKey.qalyGainedDiscountedTotal.name, label: "QALYs gained, discounted", unit: .qalys,
        aggregation: .yearTotal, definition: "QALYs gained over the projection years, discounted at the outcome rate"),
      MetricDefinition(
        MetricKey.qalyGainedDiscountedTotalSensitivity.name, label: "QALYs gained, discounted at the sensitivity rate",
        unit: .qalys, aggregation: .yearTotal,
        definition: "QALYs gained over the projection years, discounted at the sensitivity outcome rate"),
    ]

  /// Rows only `comparison.csv` has: cost-effectiveness of ALT against BASE.
  static let comparisonOnly: [MetricDefinition] = [
    MetricDefinition(
      MetricKey.icer.name, label: "Incremental cost per QALY", unit: .poundsPerQALY, aggregation: .difference,
      definition:
        "Mean difference in discounted cost / mean difference in discounted QALYs gained (ALT minus BASE); interval by Fieller's method, empty when unbounded; undefined when the QALY difference is zero",
      scope: .comparison),
    MetricDefinition(
      MetricKey.icerSensitivity.name, label: "Incremental cost per QALY, sensitivity rate", unit: .poundsPerQALY,
      aggregation: .difference,
      definition: "As `icer`, with QALYs discounted at the sensitivity outcome rate", scope: .comparison),
    MetricDefinition(
      "nmb.<threshold>", label: "Net monetary benefit at £<threshold> per QALY", unit: .pounds,
      aggregation: .difference,
      definition:
        "threshold x discounted QALYs gained - discounted cost, per design; the difference is ALT minus BASE with a paired interval (positive: ALT is cost-effective at that threshold)",
      scope: .comparison),
  ]

  /// A short label of a payer.
  static func payerLabel(_ payer: CostPayer) -> String {
    switch payer {
    case .talkingTherapies: "Cost to the talking-therapies commissioner"
    case .mentalHealthTrust: "Cost to the mental-health trust"
    case .localAuthority: "Cost to the local authority and voluntary sector"
    case .primaryCare: "Cost to general practice"
    }
  }
}
