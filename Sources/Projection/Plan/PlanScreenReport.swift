import Foundation
import StepwellMetrics

/// What `stepwell plan` prints: the answer in one sentence, every value tried, and the closed
/// forms beside the simulated answer.
public struct PlanScreenReport {
  let run: PlanRun

  public init(run: PlanRun) { self.run = run }

  public var text: String {
    var lines = [run.sentence, ""]
    let keys = run.axes.map(\.key)
    var header = keys + ["replications", "met every target"]
    header += run.targets.map(\.metric)
    if run.points.contains(where: { $0.cost != nil }) { header.append("cash a year") }
    var rows: [[String]] = [header]
    for point in run.points {
      var row =
        point.texts + [String(point.replications), "\(point.successes) (\(PlanRun.percent(point.successShare)))"]
      row += zip(run.targets, point.targetSummaries).map { $0.definition.unit.screen($1.mean) }
      if header.last == "cash a year" { row.append(MetricUnit.pounds.screen(point.cost?.mean)) }
      if point.indices == run.answer?.indices { row[0] += " <- answer" }
      rows.append(row)
    }
    lines += PlanScreenReport.columns(rows)
    if let forms = run.closedForms {
      lines += ["", "Closed forms beside the simulation (\(forms.waitSource)):"]
      for answer in forms.answers {
        lines.append(
          "  \(answer.label): \(PlanScreenReport.number(answer.value)) \(answer.unit) (\(answer.assumptions))")
      }
      lines.append("  They differ from the simulated answer because \(forms.differences).")
    }
    return lines.joined(separator: "\n")
  }

  /// A closed-form value: two decimals below 100, whole above.
  static func number(_ value: Double) -> String {
    guard value.isFinite else { return "-" }
    return abs(value) >= 100 ? MetricUnit.people.screen(value) : String(format: "%.2f", value)
  }

  /// Rows padded into left-aligned columns.
  static func columns(_ rows: [[String]]) -> [String] {
    let widths = (0..<(rows.first?.count ?? 0)).map { column in rows.map { $0[column].count }.max() ?? 0 }
    return rows.map { row in
      zip(row, widths).map { $0.padding(toLength: $1, withPad: " ", startingAt: 0) }.joined(separator: "  ")
        .trimmingCharacters(in: .whitespaces)
    }
  }
}
