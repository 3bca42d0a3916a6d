import Foundation
import Stochastics

extension PSARun {
  /// The files a PSA writes: with ALT also `ceac.csv` and `tornado.csv`.
  public var fileNames: [String] {
    ["psa.csv", "psa-summary.csv", "psa-inputs.csv"] + (costEffectiveness == nil ? [] : ["ceac.csv", "tornado.csv"])
      + ["report.html", "manifest.json", "data-dictionary.csv"]
  }

  /// The output folder's default name: `psa-<name>` or `psa-<base>-vs-<alt>`.
  public var folderName: String { "psa-" + names.joined(separator: "-vs-") }

  /// `psa.csv`: one row per draw: `draw`, the drawn inputs by key (a multiplier's or odds
  /// ratio's factor as drawn), then the outcomes as means over the draw's replications (with ALT:
  /// `base.<metric>`, `alt.<metric>`, then the incremental cost, QALYs and net monetary benefit).
  public var psaCSV: String {
    let outcomes = outcomeMetrics
    let paired = names.count == 2
    var columns = ["draw"] + sampling.columns.map(\.key)
    columns += paired ? outcomes.map { "base.\($0)" } + outcomes.map { "alt.\($0)" } : outcomes
    if costEffectiveness != nil {
      columns += ["incremental_cost", "incremental_qaly"] + nmbThresholds.map { "nmb.\(NumberFormat.csv($0))" }
    }
    var table = CSVTable(columns: columns)
    let means = names.indices.map { position in outcomes.map { drawMeans($0, design: position) ?? [] } }
    for d in 0..<request.draws {
      var row = [String(d + 1)] + sampling.values[d].map(NumberFormat.csv)
      for position in names.indices { row += means[position].map { NumberFormat.csv($0[d]) } }
      if let ce = costEffectiveness {
        row += [NumberFormat.csv(ce.incrementalCost[d]), NumberFormat.csv(ce.incrementalQALY[d])]
        row += nmbThresholds.map { NumberFormat.csv($0 * ce.incrementalQALY[d] - ce.incrementalCost[d]) }
      }
      table.append(row)
    }
    return table.text
  }

  /// `psa-summary.csv`: every metric, per design and paired difference.
  public var summaryCSV: String {
    var table = CSVTable(columns: [
      "design", "metric", "mean", "noise_ci_low", "noise_ci_high", "uncertainty_low", "uncertainty_high",
      "parameter_share", "noise_share", "draws", "replications_per_draw",
    ])
    for s in summaries {
      table.append([
        s.design, s.metric, NumberFormat.csv(s.mean), NumberFormat.csv(s.noiseLow), NumberFormat.csv(s.noiseHigh),
        NumberFormat.csv(s.low), NumberFormat.csv(s.high), NumberFormat.csv(s.parameterShare),
        NumberFormat.csv(s.parameterShare.map { 1 - $0 }), String(s.draws), String(request.replications),
      ])
    }
    return table.text
  }

  /// `psa-inputs.csv`: every drawn input with its distribution, the interval of its draws, how it
  /// applies, to which designs, and its grade, source and reasoning.
  public var inputsCSV: String {
    let paired = names.count == 2
    var table = CSVTable(
      columns: [
        "key", "distribution", "applies", "mean", "interval_low", "interval_high", "draws_low", "draws_high",
      ] + (paired ? ["in_base", "in_alt"] : ["in_scenario"]) + ["grade", "source", "reason", "file"])
    for (c, column) in sampling.columns.enumerated() {
      let drawn = sampling.column(c)
      let interval = column.input?.distribution.interval95
      table.append(
        [
          column.key, column.family, column.applies.rawValue, NumberFormat.csv(column.input?.distribution.mean),
          NumberFormat.csv(interval?.low), NumberFormat.csv(interval?.high),
          NumberFormat.csv(PSAMetricSummary.quantile(drawn, 0.025)),
          NumberFormat.csv(PSAMetricSummary.quantile(drawn, 0.975)),
        ] + designInputs.map { $0.applies(c) ? "true" : "false" }
          + [column.input?.grade ?? "", column.input?.source ?? "", column.input?.reason ?? "", column.file])
    }
    return table.text
  }

  /// `ceac.csv`: the acceptability curve with the expected net benefit and EVPI at each threshold.
  public var ceacCSV: String? {
    guard let ce = costEffectiveness else { return nil }
    var table = CSVTable(columns: [
      "threshold", "probability_cost_effective", "expected_net_benefit", "evpi",
    ])
    for threshold in ce.thresholds {
      table.append([
        NumberFormat.csv(threshold), NumberFormat.csv(ce.probabilityCostEffective(at: threshold)),
        NumberFormat.csv(ce.expectedNetBenefit(at: threshold)), NumberFormat.csv(ce.evpi(at: threshold)),
      ])
    }
    return table.text
  }

  /// `tornado.csv`: each input's effect on ALT's net benefit at £20,000 per QALY, widest first.
  public var tornadoCSV: String? {
    guard let tornado else { return nil }
    var table = CSVTable(columns: [
      "key", "input_low", "input_high", "nmb_at_low", "nmb_at_high", "swing", "slope", "correlation", "clear",
    ])
    for bar in tornado.bars {
      table.append([
        bar.key, NumberFormat.csv(bar.low), NumberFormat.csv(bar.high), NumberFormat.csv(bar.netBenefitAtLow),
        NumberFormat.csv(bar.netBenefitAtHigh), NumberFormat.csv(bar.swing), NumberFormat.csv(bar.slope),
        NumberFormat.csv(bar.correlation), bar.clear ? "true" : "false",
      ])
    }
    return table.text
  }

  /// Writes the analysis into `destination`, atomically, with `<folder-name>.xlsx` when
  /// `workbook` is given (`--xlsx`).
  public func write(to destination: URL, command: [String], workbook: WorkbookWriter? = nil) throws {
    let folder = try OutputFolder(destination: destination, kind: .psa, workbook: workbook)
    do {
      try folder.write(psaCSV, to: "psa.csv")
      try folder.write(summaryCSV, to: "psa-summary.csv")
      try folder.write(inputsCSV, to: "psa-inputs.csv")
      if let ceacCSV { try folder.write(ceacCSV, to: "ceac.csv") }
      if let tornadoCSV { try folder.write(tornadoCSV, to: "tornado.csv") }
      try folder.write(PSAReport(run: self).html, to: "report.html")
      let manifest = RunManifest(
        command: command, scenarioFile: files.joined(separator: " "), seed: seed,
        replications: request.draws * request.replications, threads: threads, wallSeconds: wallSeconds,
        events: events, precision: nil, kind: .psa)
      try folder.write(manifest.json.rendered(), to: "manifest.json")
      try folder.commit()
    } catch {
      folder.discard()
      throw error
    }
  }
}
