import CareModel
import Presentation
import StepwellMetrics

/// The CHEERS 2022 checklist (Husereau et al. 2022, "Consolidated Health Economic Evaluation
/// Reporting Standards 2022 (CHEERS 2022) statement", BMJ 376:e067975) for a comparison of two
/// designs, filled from the run: perspective, horizon, discounting, prices, model and what was
/// left out.
struct CheersChecklist {
  /// One item: its number, topic and what this comparison reports.
  struct Item {
    var number: Int
    var topic: String
    var answer: String
  }

  let report: CareReport

  var design: CareDesign { report.run.design.design }

  /// The checklist section: a short introduction and one table of the 28 items.
  var section: String {
    let intro = Markup.text(
      "p", [],
      "Reporting checklist for health economic evaluations (CHEERS 2022; Husereau et al. 2022, BMJ 376:e067975), filled in automatically from this comparison. Items that only a written study can answer say so."
    )
    let table = Markup.table(
      caption: nil, header: ["Item", "Topic", "This comparison"],
      rows: items.map { [.text(String($0.number)), .text($0.topic), .text($0.answer)] }, className: "data checklist")
    return ReportSection.cheers.wrap(intro + table)
  }

  /// The 28 items in order.
  var items: [Item] {
    let names = report.comparison.map { ($0.baseName, $0.altName) } ?? (design.name, design.name)
    let costs = design.costs
    let price = costs?.priceYear ?? "the scenario's"
    let rate = { (value: Double?) in value.map { ReportNumber.plain($0 * 100) + "%" } ?? "none" }
    let thresholds = (costs?.thresholds ?? []).map { ReportNumber.format($0, .pounds) }.joined(separator: " and ")
    return [
      Item(
        number: 1, topic: "Title",
        answer:
          "Cost-effectiveness of \(names.1) against \(names.0): a discrete-event simulation (this report's title)."),
      Item(
        number: 2, topic: "Abstract",
        answer: "Not applicable to a generated report: the side-by-side section is the summary."),
      Item(
        number: 3, topic: "Background and objectives",
        answer:
          "To compare the cash cost, health gain (QALYs), waits, bed days and expected suicides of two designs of stepped mental-health care in \(report.run.area.title)."
      ),
      Item(
        number: 4, topic: "Health economic analysis plan",
        answer: "No separate plan: the scenario files and this run's settings (effective-scenario.yaml) are the plan."),
      Item(
        number: 5, topic: "Study population",
        answer:
          "Everyone referred to the service from a synthetic population of \(report.run.area.title) (Census margins by age, sex, ethnicity and deprivation), new episodes, re-referrals and relapses."
      ),
      Item(
        number: 6, topic: "Setting and location",
        answer:
          "Primary-care talking therapies, link workers, community services, CMHT, crisis team and beds of one area (England)."
      ),
      Item(
        number: 7, topic: "Comparators",
        answer:
          "\(names.0) (BASE) and \(names.1) (ALT), as specified in their scenario files; decomposition by lever with `--decompose`."
      ),
      Item(
        number: 8, topic: "Perspective",
        answer:
          "NHS and personal social services (cash by payer: the talking-therapies commissioner, the mental-health trust, the local authority and voluntary sector, general practice). Societal valuations are a separate, labelled sensitivity."
      ),
      Item(
        number: 9, topic: "Time horizon",
        answer:
          "\(report.yearCount) projection years after a warm-up of \(ReportNumber.plain(report.run.design.warmupDays)) days; QALYs lost to suicide are counted up to the end of the projection, not over a lifetime."
      ),
      Item(
        number: 10, topic: "Discount rate",
        answer:
          "Costs \(rate(costs?.discountRate)), outcomes \(rate(costs?.outcomeDiscountRate)) a year (NICE reference case); outcomes at \(rate(costs?.outcomeSensitivityRate)) as a sensitivity. Year 1 undiscounted."
      ),
      Item(
        number: 11, topic: "Selection of outcomes",
        answer:
          "QALYs (EQ-5D-3L utilities by state and severity); waits, people waiting, bed days and expected suicides as natural units."
      ),
      Item(
        number: 12, topic: "Measurement of outcomes",
        answer:
          "Simulated time in each state (waiting, in treatment, untreated, recovered, secondary care, in a bed, after discharge) of every person referred, with natural remission as the counterfactual course in both designs."
      ),
      Item(
        number: 13, topic: "Valuation of outcomes",
        answer:
          "Published EQ-5D-3L UK-tariff utilities (Kolovos 2017 by PHQ-9 band; pooled severe value for in-patients); sources and grades in docs/evidence.md."
      ),
      Item(
        number: 14, topic: "Measurement and valuation of resources and costs",
        answer:
          "Staff per WTE-year (PSSRU 2024 bands with on-costs, overheads and capital), group timetables, CMHT and crisis places, beds as a fixed cost per bed plus a marginal cost per occupied day, out-of-area placement days, GP consultations and call-back hours; activity-based costing where the scenario says so (`costs.costing`)."
      ),
      Item(
        number: 15, topic: "Currency, price date, and conversion",
        answer:
          "Pounds sterling at \(price) prices; older unit costs uplifted with the NHS cost inflation factors of `costs.uplift`; societal valuations with the GDP deflator (`costs.gdp_deflator`)."
      ),
      Item(
        number: 16, topic: "Rationale and description of model",
        answer:
          "Discrete-event simulation of individuals (queues, capacity and natural history); see the STRESS-DES checklist above and docs/."
      ),
      Item(
        number: 17, topic: "Analytics and assumptions",
        answer:
          "Paired replications with common random numbers; 95% paired t intervals; the ICER's interval by Fieller's method; every assumption graded in docs/evidence.md."
      ),
      Item(
        number: 18, topic: "Characterizing heterogeneity",
        answer:
          "Waits and recovery by deprivation quintile, ethnicity, age band and sex (breakdown.csv), with the mechanisms named."
      ),
      Item(
        number: 19, topic: "Characterizing distributional effects",
        answer: "Not done: QALYs and costs are not yet weighted or reported by group."),
      Item(
        number: 20, topic: "Characterizing uncertainty",
        answer:
          "Simulation (Monte Carlo) uncertainty only: input values are fixed at their point estimates, so intervals understate the true uncertainty; no probabilistic sensitivity analysis in this run."
      ),
      Item(
        number: 21, topic: "Approach to engagement with patients and others affected by the study",
        answer: "None recorded by the tool."),
      Item(
        number: 22, topic: "Study parameters",
        answer:
          "Every input with its source and grade: docs/evidence.md; the run's values: effective-scenario.yaml in base/ and alt/."
      ),
      Item(
        number: 23, topic: "Summary of main results",
        answer:
          "The side-by-side table and the cost-effectiveness table at the top of this report (ICER; net monetary benefit at \(thresholds.isEmpty ? "the thresholds" : thresholds) per QALY)."
      ),
      Item(
        number: 24, topic: "Effect of uncertainty",
        answer: "Paired 95% intervals of every difference; the outcome discount rate as a one-way sensitivity."),
      Item(
        number: 25, topic: "Effect of engagement with patients and others affected by the study",
        answer: "Not applicable."),
      Item(
        number: 26, topic: "Study findings, limitations, generalisability, and current knowledge",
        answer:
          "Limitations: a fixed horizon; QALYs lost to suicide counted only within it; utilities of SMI, secondary care and in-patients are proxies (grade D); no productivity or carer effects; see docs/calibration.md for where the model misses published figures."
      ),
      Item(number: 27, topic: "Source of funding", answer: "Not recorded by the tool."),
      Item(number: 28, topic: "Conflicts of interest", answer: "Not recorded by the tool."),
    ]
  }
}
