import CareModel
import Presentation
import StepwellMetrics

extension CareReport {
  /// The scenario's published figures beside the run's values: the accepted range, the model's
  /// mean with its interval, and whether the mean lies in the range.
  var calibrationSection: String {
    let targets = run.design.calibration
    let met = targets.filter { target in run.summary(target.metric).map { target.accepts($0.mean) } ?? false }
    let rows = targets.map { target -> [TableCell] in
      let kind = ReportLabels.kind(of: target.metric)
      let summary = run.summary(target.metric)
      let verdict = summary.map { target.accepts($0.mean) ? "inside" : "outside" } ?? "not measured"
      return [
        .text(MetricCatalogue.definition(of: target.metric)?.label ?? target.metric),
        .text(ReportNumber.format(target.value, kind)),
        .text(ReportNumber.format(target.low, kind) + " to " + ReportNumber.format(target.high, kind)),
        .summary(summary.map(PlotValue.init), kind), .text(verdict), .text(target.source),
      ]
    }
    let table = Markup.table(
      caption: "Published figures and this run (model mean with its 95% interval over replications)",
      header: ["Measure", "Published", "Accepted range", "This run", "Verdict", "Source"], rows: rows,
      numeric: [1, 2, 3])
    let content =
      paragraph(
        "The scenario names \(targets.count) published figures it is calibrated to; the run's mean lies inside the accepted range for \(met.count) of them. docs/calibration.md explains how the inputs were chosen and why any figure is missed."
      ) + table
    return ReportSection.calibration.wrap(content)
  }
}
