import CareModel
import Foundation
import Population
import StepwellMetrics

/// Bed days by projection year (local, out of area, together) with the design in force, for a
/// run whose design changes mid-run or that names a published bed-day change: the path a board
/// sets beside the published figure.
struct BedDayPath {
  let run: CareRun

  /// True when the run has dated changes or a published bed-day change to set beside.
  var applies: Bool {
    !run.design.changes.isEmpty || run.design.calibration.contains { $0.metric == MetricKey.bedDaysTotalChange.name }
  }

  /// The screen lines: one row per projection year, then the change with the published figure.
  var lines: [String] {
    let design = run.design
    let localValues = values("beddays")
    let outOfAreaValues = values("beddays.out_of_area")
    let local = localValues.map { MetricSummary(name: "beddays", values: $0) }
    let outOfArea = outOfAreaValues.map { MetricSummary(name: "beddays.out_of_area", values: $0) }
    guard !local.isEmpty, local.count == outOfArea.count else { return [] }
    var lines = [
      "", "Bed days by projection year (mean [95% interval]; each year of 365.25 days starts in the month shown)",
    ]
    let header =
      pad("year from", 12) + pad("design in force", 26) + pad("local", 26) + pad("out of area", 26) + "total"
    lines.append(header)
    lines.append(String(repeating: "-", count: header.count + 22))
    for (year, (inArea, outside)) in zip(local, outOfArea).enumerated() {
      let total = MetricSummary(name: "total", values: zip(localValues[year], outOfAreaValues[year]).map(+))
      let startDay = design.warmupDays + Double(year) * DayCount.perYear
      let label =
        CareCalendar.isoDate(design.startDate, plusDays: startDay.rounded()).map { String($0.prefix(7)) }
        ?? "year \(year + 1)"
      lines.append(
        pad(label, 12) + pad(designInForce(at: startDay), 26) + pad(format(inArea), 26) + pad(format(outside), 26)
          + format(total))
    }
    if let change = run.summary(MetricKey.bedDaysTotalChange.name), change.mean.isFinite {
      var text = "change from the first to the last year: \(percent(change.mean))"
      if let low = change.ciLow, let high = change.ciHigh { text += " [\(percent(low)), \(percent(high))]" }
      if let published = design.calibration.first(where: { $0.metric == MetricKey.bedDaysTotalChange.name }) {
        text += "; published: \(percent(published.value)) (\(published.source))"
      }
      lines.append(text)
    }
    return lines
  }

  /// Each year's values of one yearly series over the replications.
  func values(_ metric: String) -> [[Double]] {
    guard let years = run.replications.first?.yearlyValues(metric)?.count else { return [] }
    return (0..<years).map { year in run.replications.compactMap { $0.yearlyValues(metric)?[year] } }
  }

  /// "as scenario" before the first change, else the date of the last change in force.
  func designInForce(at day: Double) -> String {
    guard let last = run.design.changes.last(where: { $0.day <= day + 1e-9 }) else {
      return run.design.changes.isEmpty ? "as scenario" : "before the changes"
    }
    return "changes of \(last.date)"
  }

  func format(_ summary: MetricSummary) -> String {
    guard let low = summary.ciLow, let high = summary.ciHigh else { return NumberFormat.screen(summary.mean.rounded()) }
    return
      "\(NumberFormat.screen(summary.mean.rounded())) [\(NumberFormat.screen(low.rounded())), \(NumberFormat.screen(high.rounded()))]"
  }

  func percent(_ share: Double) -> String {
    String(format: "%+.1f%%", share * 100)
  }

  func pad(_ text: String, _ width: Int) -> String {
    text.count >= width ? text + " " : text + String(repeating: " ", count: width - text.count)
  }
}
