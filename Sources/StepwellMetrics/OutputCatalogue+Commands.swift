extension OutputCatalogue {
  static let commandFiles: [OutputFileDescription] = [
    OutputFileDescription(
      "comparison.csv", content: "Every metric of either design, ALT minus BASE with its paired 95% interval",
      columns: [
        metric, OutputColumn("base_mean", .ofMetric, "BASE's mean over replications; empty when BASE lacks the metric"),
        OutputColumn("alt_mean", .ofMetric, "ALT's mean over replications; empty when ALT lacks the metric"),
        OutputColumn("diff_mean", .ofMetric, "Mean of the paired differences ALT minus BASE"),
        OutputColumn("diff_ci_low", .ofMetric, "Lower end of the paired 95% t interval of the difference"),
        OutputColumn("diff_ci_high", .ofMetric, "Upper end of the paired 95% t interval of the difference"),
        OutputColumn("significant", .flag, "Whether the interval of the difference excludes zero"),
      ], metricColumn: ("metric", .replication)),
    OutputFileDescription(
      "net_impact.csv", content: "Net impact of ALT against BASE per projection year and discounted",
      columns: [
        OutputColumn("period", .year, "Projection year from 1, or discounted_total"),
        OutputColumn("component", .text, "Part of the net impact (see its own row)"),
        OutputColumn("diff_mean", .ofMetric, "Mean of the paired differences (price-year pounds)"),
        OutputColumn("diff_ci_low", .ofMetric, "Lower end of the paired 95% t interval"),
        OutputColumn("diff_ci_high", .ofMetric, "Upper end of the paired 95% t interval"),
      ], metricColumn: ("component", .netImpact)),
    OutputFileDescription(
      "decomposition.csv",
      content:
        "Each lever by which ALT differs from BASE, alone and cumulatively, as a paired difference (--decompose)",
      columns: [
        OutputColumn("lever", .text, "The scenario block switched to ALT's value (services.step3, policies.dna, ...)"),
        OutputColumn(
          "mode", .text, "alone: BASE plus this lever; cumulative: this lever added to the levers before it"),
        metric, OutputColumn("effect_mean", .ofMetric, "Mean of the paired differences the lever makes"),
        OutputColumn("ci_low", .ofMetric, "Lower end of the paired 95% t interval of the effect"),
        OutputColumn("ci_high", .ofMetric, "Upper end of the paired 95% t interval of the effect"),
        OutputColumn(
          "share_of_total", .init(.share), "The effect over ALT minus BASE; empty when that difference is zero"),
        OutputColumn(
          "evidence_grade", .text, "The weakest grade (A best, D worst) in the comments beside the lever's keys"),
      ], metricColumn: ("metric", .replication)),
    OutputFileDescription(
      "sweep.csv", content: "Every metric at every point of the sweep",
      columns: [metric, mean, ciLow, ciHigh], metricColumn: ("metric", .replication),
      otherColumns: OutputColumn(
        "<key>", .scenarioValue, "A swept scenario key (dotted --set path), values as passed to --set")),
    OutputFileDescription(
      "plan.csv", content: "Every point a plan evaluated: how often every target held, and each target's metric",
      columns: [
        OutputColumn("replications", .replications, "Replications run at the point (more near the answer)"),
        OutputColumn("met_all", .replications, "Replications in which every target held"),
        OutputColumn("met_all_share", .init(.share), "met_all / replications"),
        OutputColumn(
          "met_all_ci_low", .init(.share), "Lower end of the exact (Clopper-Pearson) 95% interval of that share"),
        OutputColumn("met_all_ci_high", .init(.share), "Upper end of the exact 95% interval of that share"),
        OutputColumn("meets_targets", .flag, "Whether met_all_share reaches the plan's confidence"),
        metric, OutputColumn("target", .ofMetric, "The target's comparison and threshold; empty for the cash row"),
        mean, ciLow, ciHigh,
        OutputColumn("met", .replications, "Replications in which this target held; empty for the cash row"),
      ], metricColumn: ("metric", .replication),
      otherColumns: OutputColumn(
        "<key>", .scenarioValue, "A varied scenario key (dotted --set path), values as passed to --set")),
    OutputFileDescription(
      "psa.csv",
      content:
        "One row per parameter draw of a probabilistic sensitivity analysis: the drawn inputs by key, then the outcomes as means over the draw's replications",
      columns: [
        OutputColumn("draw", .index, "Draw number from 1"),
        OutputColumn(
          "incremental_cost", .init(.pounds), "ALT minus BASE discounted cost over the projection, mean over the draw"),
        OutputColumn(
          "incremental_qaly", .init(.qalys),
          "ALT minus BASE discounted QALYs gained over the projection, mean over the draw"),
      ],
      otherColumns: OutputColumn(
        "<key>", .scenarioValue,
        "A drawn input (dotted scenario key): the value, or the factor drawn for a multiplier or odds ratio (psa-inputs.csv says which)"
      ), metricsAsColumns: true),
    OutputFileDescription(
      "psa-summary.csv",
      content: "Every metric over the draws: its interval from noise alone beside the one with the inputs' uncertainty",
      columns: [
        OutputColumn("design", .text, "base, alt, alt_minus_base (paired, replication by replication), or scenario"),
        metric, OutputColumn("mean", .ofMetric, "Mean over every draw and replication"),
        OutputColumn(
          "noise_ci_low", .ofMetric,
          "Lower end of the 95% t interval of the mean from run-to-run noise alone (pooled within draws)"),
        OutputColumn("noise_ci_high", .ofMetric, "Upper end of that interval"),
        OutputColumn(
          "uncertainty_low", .ofMetric, "2.5% quantile of the draws' means: the inputs' uncertainty with the noise"),
        OutputColumn("uncertainty_high", .ofMetric, "97.5% quantile of the draws' means"),
        OutputColumn(
          "parameter_share", .init(.share),
          "Share of one replication's variance from the inputs (one-way random-effects ANOVA); empty when undefined"),
        OutputColumn("noise_share", .init(.share), "1 - parameter_share: the share from run-to-run noise"),
        OutputColumn("draws", .index, "Draws with a finite value"),
        OutputColumn("replications_per_draw", .replications, "Replications in each draw and design"),
      ], metricColumn: ("metric", .replication)),
    OutputFileDescription(
      "psa-inputs.csv",
      content: "Every uncertain input drawn: distribution, interval, how it applies, grade and reason",
      columns: [
        OutputColumn("key", .text, "The dotted scenario key"),
        OutputColumn(
          "distribution", .text, "beta, gamma, lognormal, normal, uniform, triangular, fixed, or draws (a table)"),
        OutputColumn(
          "applies", .text,
          "value (the draw is the key's value), multiplier (times each design's own value) or odds_ratio (on each design's own odds)"
        ),
        OutputColumn("mean", .scenarioValue, "The distribution's mean"),
        OutputColumn("interval_low", .scenarioValue, "The distribution's 2.5% quantile"),
        OutputColumn("interval_high", .scenarioValue, "The distribution's 97.5% quantile"),
        OutputColumn("draws_low", .scenarioValue, "The 2.5% quantile of the values drawn"),
        OutputColumn("draws_high", .scenarioValue, "The 97.5% quantile of the values drawn"),
        OutputColumn("in_base", .flag, "Whether BASE takes the input"),
        OutputColumn("in_alt", .flag, "Whether ALT takes the input"),
        OutputColumn("in_scenario", .flag, "Whether the scenario takes the input"),
        OutputColumn("grade", .text, "Evidence grade of the point value (A best, D an assumption)"),
        OutputColumn("source", .text, "Source of the point value"),
        OutputColumn("reason", .text, "Why the range is what it is"),
        OutputColumn("file", .text, "The file that gave the distribution"),
      ]),
    OutputFileDescription(
      "ceac.csv",
      content:
        "Cost-effectiveness acceptability curve of ALT against BASE, with the expected net benefit and the value of perfect information",
      columns: [
        OutputColumn("threshold", .init(.poundsPerQALY), "Willingness to pay per QALY, £0 to £50,000"),
        OutputColumn(
          "probability_cost_effective", .probability, "Share of draws in which ALT's incremental net benefit is above 0"
        ),
        OutputColumn(
          "expected_net_benefit", .init(.pounds), "Mean over draws of threshold x QALYs gained - cost, ALT minus BASE"),
        OutputColumn(
          "evpi", .init(.pounds),
          "Expected value of perfect information: mean of max(0, net benefit) - max(0, mean net benefit), over the projection"
        ),
      ]),
    OutputFileDescription(
      "tornado.csv",
      content:
        "Each input's effect on ALT's incremental net monetary benefit at £20,000 per QALY (linear metamodel over the draws), widest first",
      columns: [
        OutputColumn("key", .text, "The dotted scenario key"),
        OutputColumn("input_low", .scenarioValue, "The input's 2.5% draw (the factor for a multiplier or odds ratio)"),
        OutputColumn("input_high", .scenarioValue, "The input's 97.5% draw"),
        OutputColumn(
          "nmb_at_low", .init(.pounds), "Predicted net benefit with the input at input_low, others at their means"),
        OutputColumn("nmb_at_high", .init(.pounds), "Predicted net benefit with the input at input_high"),
        OutputColumn("swing", .init(.pounds), "The bar's width: |nmb_at_high - nmb_at_low|"),
        OutputColumn("slope", .text, "Pounds of net benefit per unit of the input (least squares over the draws)"),
        OutputColumn("correlation", .text, "Pearson correlation of the input and net benefit over the draws"),
        OutputColumn("clear", .flag, "Whether |correlation| > 1.96 / sqrt(draws), about a 5% test of no association"),
      ]),
    OutputFileDescription(
      "population.csv", content: "The synthetic population by group",
      columns: [
        dimension, group, OutputColumn("people", .init(.people), "People in the group"),
        OutputColumn("share", .init(.share), "The group's people / all people"),
        OutputColumn("expected_share", .init(.share), "The share the area's margins (or the prevalence model) expect"),
        OutputColumn("eligible", .init(.people), "People old enough for the services"),
        OutputColumn(
          "cmd_prevalence_16plus", .init(.share),
          "Share of the group's people aged 16+ with a common mental disorder; empty when none"),
        OutputColumn("smi_share", .init(.share), "Share of the group's people with a severe mental illness"),
        OutputColumn("long_term_condition_share", .init(.share), "Share with a long-term physical condition"),
      ]),
    OutputFileDescription(
      "referrals_by_group.csv", content: "New-episode referrals in the first year by group",
      columns: [
        dimension, group,
        OutputColumn("expected_per_year", .referralsPerYear, "Expected from the per-person rates (days 0 to 365.25)"),
        OutputColumn("simulated_per_year", .referralsPerYear, "Sampled in replication 0 (days 0 to 365.25)"),
      ]),
  ]

  static let sharedFiles: [OutputFileDescription] = [
    OutputFileDescription(
      "summary.json",
      content:
        "Settings and results as JSON: every metric's mean and interval with theory where exact (run), or every paired difference and the net impact (compare)"
    ),
    OutputFileDescription(
      "effective-scenario.yaml", content: "The scenario as run: extends merged, --set and options applied"),
    OutputFileDescription(
      "manifest.json",
      content:
        "Version, command line, seed, replications, threads, wall seconds, events and the warm-up check (MSER-5 on each series)"
    ),
    OutputFileDescription("report.html", content: "The self-contained report to read in a browser or print"),
    OutputFileDescription("sweep.svg", content: "Chart of the swept metrics against the first swept key"),
    OutputFileDescription(
      "plan.json",
      content:
        "The plan's answer ({KEY: VALUE}), the confidence, the cash a year at the answer, how sure the verdict is, the values tried and the closed-form answers beside it"
    ),
    OutputFileDescription(
      "plan.svg",
      content: "Chart of the share of replications meeting every target, and each target's metric, at every value tried"
    ),
    OutputFileDescription(
      dataDictionaryName, content: "What every file, column and metric in this folder holds, with units",
      columns: [
        OutputColumn("file", .text, "File name in this folder"),
        OutputColumn("column_or_metric", .text, "A column of the file, a metric name in it, or empty for the file"),
        OutputColumn("unit", .text, "Unit of the column or metric"),
        OutputColumn("definition", .text, "What it holds"),
      ]),
  ]

  static let networkRecordColumns: [OutputColumn] = [
    OutputColumn("replication", .index, "Replication number (always 1: only the first is recorded)"),
    OutputColumn("customer", .index, "Customer number in order of entering"),
    OutputColumn("entered", .init(.time), "Time the customer entered the network"),
    OutputColumn("left", .init(.time), "Time the customer left; empty when still in the network at the horizon"),
    OutputColumn("outcome", .text, "departed, lost, reneged or in_system"),
    OutputColumn("visits", ColumnUnit(label: "nodes"), "Nodes joined"),
    OutputColumn("total_wait", .init(.time), "Sum of the waits that ended in service"),
  ]

  static let personRecordColumns: [OutputColumn] = [
    OutputColumn("person", .index, "Person number"),
    OutputColumn("age", .age, "Age on day 0"),
    OutputColumn("age_band", .text, "Age band"),
    OutputColumn("sex", .text, "Sex"),
    OutputColumn("imd_quintile", .text, "Index of Multiple Deprivation quintile (1 most deprived)"),
    OutputColumn("ethnicity", .text, "Ethnic group"),
    OutputColumn("long_term_condition", .flag, "Has a long-term physical condition"),
    OutputColumn("mental_health", .text, "Mental-health state on day 0"),
    OutputColumn("eligible", .flag, "Old enough for the services"),
    OutputColumn("episodes_per_year", .episodesPerYear, "Rate of new common-mental-disorder episodes"),
    OutputColumn("referral_probability", .probability, "Probability that an episode leads to a referral"),
    OutputColumn("referrals_per_year", .referralsPerYear, "Rate of new-episode referrals"),
  ]
}
