import Presentation
import StepwellMetrics

/// `report.html` of `stepwell psa`: the headline (with ALT, the probability it is cost-effective
/// and the value of perfect information), the charts, each key outcome's interval with noise only
/// beside the one with the inputs' uncertainty, and every input drawn.
struct PSAReport {
  let run: PSARun

  var html: String {
    var parts = [headline]
    if let ce = run.costEffectiveness {
      let charts = PSACharts(run: run, ce: ce)
      parts.append(figure("Cost-effectiveness plane", charts.plane))
      parts.append(figure("Cost-effectiveness acceptability curve", charts.acceptability))
      if let tornado = charts.tornado { parts.append(figure("Inputs that move net monetary benefit most", tornado)) }
    }
    parts += [outcomesTable, inputsTable, method]
    let title = "Stepwell probabilistic sensitivity analysis: " + run.names.reversed().joined(separator: " against ")
    let header = Markup.element(
      "header", [("class", "title-block")],
      Markup.text("p", [("class", "kicker")], "Probabilistic sensitivity analysis") + Markup.text("h1", [], title)
        + Markup.text(
          "p", [("class", "note-text")],
          "\(Plural.count(run.request.draws, "draw")) of \(Plural.count(run.sampling.columns.count, "uncertain input")), \(Plural.count(run.request.replications, "replication")) each, seed \(run.seed); files \(run.files.joined(separator: ", "))."
        ))
    let body = header + Markup.element("main", [], "\n" + parts.joined(separator: "\n") + "\n")
    return HTMLDocument(title: title, css: ReportStyle.css, body: body, generator: "Stepwell \(RunManifest.version)")
      .rendered
  }

  func figure(_ title: String, _ svg: String) -> String {
    Markup.element("figure", [], Markup.text("p", [("class", "figure-title")], title) + svg)
  }

  /// The answer in a sentence or two.
  var headline: String {
    var sentences: [String] = []
    if let ce = run.costEffectiveness {
      let p20 = ce.probabilityCostEffective(at: 20_000)
      let p30 = ce.probabilityCostEffective(at: 30_000)
      sentences.append(
        "\(run.names[1]) is cost-effective against \(run.names[0]) in \(ReportNumber.format(p20, .share)) of draws at £20,000 per QALY and \(ReportNumber.format(p30, .share)) at £30,000."
      )
      sentences.append(
        "Mean incremental cost \(ReportNumber.format(ce.meanCost, .pounds, signed: true)) and QALYs gained \(ReportNumber.format(ce.meanQALY, .count, signed: true)) over the projection, discounted; expected value of perfect information at £20,000 per QALY \(ReportNumber.format(ce.evpi(at: 20_000), .pounds))."
      )
    } else if run.names.count == 2 {
      sentences.append("The designs do not both report discounted costs and QALYs, so there is no cost-effectiveness.")
    }
    if let widest = widestOutcome {
      sentences.append(
        "Of \(widest.metric)'s variance between replications, \(ReportNumber.format(widest.parameterShare, .share)) comes from the inputs and the rest from run-to-run noise."
      )
    }
    return Markup.element(
      "section", [("class", "headline-box")],
      Markup.text("h2", [], "In brief") + sentences.map { Markup.text("p", [("class", "in-brief")], $0) }.joined())
  }

  /// The first headline outcome (the wait to first treatment for care) with its parameter share
  /// (the paired difference with ALT).
  var widestOutcome: PSAMetricSummary? {
    let design = run.names.count == 2 ? "alt_minus_base" : "scenario"
    return run.outcomeMetrics.compactMap { run.summary($0, design: design) }.first { $0.parameterShare != nil }
  }

  /// A metric's label from the catalogue.
  func label(_ metric: String) -> String { MetricCatalogue.definition(of: metric)?.label ?? metric }

  var outcomesTable: String {
    let designs = run.names.count == 2 ? ["base", "alt", "alt_minus_base"] : ["scenario"]
    var rows: [[TableCell]] = []
    for metric in run.outcomeMetrics {
      for design in designs {
        guard let s = run.summary(metric, design: design) else { continue }
        let label =
          design == "alt_minus_base"
          ? "ALT minus BASE" : design == "base" ? run.names[0] : design == "alt" ? run.names[1] : run.names[0]
        rows.append([
          .text(self.label(metric)), .text(label),
          .text(NumberFormat.screen(s.mean)), .text(interval(s.noiseLow, s.noiseHigh)),
          .text(interval(s.low, s.high)), .text(s.parameterShare.map { ReportNumber.format($0, .share) } ?? "n/a"),
        ])
      }
    }
    return Markup.element(
      "section", [],
      Markup.text("h2", [], "Outcomes: noise alone, and with the inputs' uncertainty")
        + Markup.table(
          caption:
            "Mean over every draw and replication; the 95% interval a plain run would print (noise only); the 2.5% to 97.5% range of the draws' means (the inputs); the share of a replication's variance from the inputs.",
          header: ["Metric", "Design", "Mean", "Noise only, 95%", "With inputs, 95%", "From the inputs"],
          rows: rows, numeric: [2, 3, 4, 5]))
  }

  var inputsTable: String {
    let rows: [[TableCell]] = run.sampling.columns.enumerated().map { c, column in
      let drawn = run.sampling.column(c)
      return [
        .text(column.key), .text(column.family + (column.applies == .value ? "" : " (\(column.applies.rawValue))")),
        .text(
          interval(PSAMetricSummary.quantile(drawn, 0.025), PSAMetricSummary.quantile(drawn, 0.975))),
        .text(column.input?.grade ?? ""), .text(column.input?.reason ?? column.file),
      ]
    }
    return Markup.element(
      "section", [],
      Markup.text("h2", [], "The uncertain inputs")
        + Markup.table(
          caption: "Each input drawn, its distribution, the central 95% of its draws, its evidence grade and why.",
          header: ["Input", "Distribution", "Draws, 95%", "Grade", "Reason"], rows: rows, numeric: [2]))
  }

  var method: String {
    Markup.element(
      "section", [],
      Markup.text("h2", [], "Method")
        + Markup.text(
          "p", [],
          "Inputs are drawn by Latin hypercube sampling, each by inversion of its distribution (GSL), seeded from the scenario's master seed; a multiplier or odds ratio moves each design's own value. Draw d runs replications d x R to d x R + R - 1 of the master seed in every design (common random numbers), so with every input fixed the analysis equals a plain run of draws x R replications. Variance shares come from a one-way random-effects analysis of variance. Net monetary benefit is λ x QALYs gained minus cost, discounted, ALT minus BASE; the expected value of perfect information includes the noise left in each draw's mean, so it is an upper estimate with few replications per draw. The tornado is a linear metamodel of net benefit on each input over the draws."
        ))
  }

  func interval(_ low: Double?, _ high: Double?) -> String {
    guard let low, let high else { return "n/a" }
    return "\(NumberFormat.screen(low)) to \(NumberFormat.screen(high))"
  }
}
