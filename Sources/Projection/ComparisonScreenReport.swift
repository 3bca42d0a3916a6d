import Foundation
import StepwellMetrics

/// What `stepwell compare` prints: the key paired differences with intervals and, for care
/// scenarios with costs, the net impact per year and as a discounted total. Metrics are labelled
/// with their units and written in them (a difference of shares in percentage points, as %).
public struct ComparisonScreenReport {
  let run: ComparisonRun

  public init(run: ComparisonRun) { self.run = run }

  public var text: String {
    var lines = [heading, ""]
    lines += differenceLines
    if let impact = run.netImpact {
      lines += [""] + netImpactLines(impact)
    } else if let reason = run.netImpactUnavailable {
      lines += ["", "No net impact: \(reason)."]
    }
    let rate = run.wallSeconds > 0 ? Double(run.totalEvents) / run.wallSeconds : 0
    lines.append(
      "\(run.totalEvents) events in \(NumberFormat.screen(run.wallSeconds)) s (\(NumberFormat.screen(rate / 1e6)) million events/s)"
    )
    return lines.joined(separator: "\n")
  }

  var heading: String {
    let pair = run.pair
    return
      "ALT \(pair.alt.name) minus BASE \(pair.base.name): \(run.replications) paired replications, seed \(run.seed), common random numbers; 95% paired t intervals (* = excludes zero)"
  }

  var differenceLines: [String] {
    let labels = run.keyMetrics.map { MetricCatalogue.screenLabel($0, timeUnit: run.base.timeUnit) }
    let width = max(40, (labels.map(\.count).max() ?? 0) + 2)
    let header = pad("metric", width) + pad("base", 13) + pad("alt", 13) + pad("difference", 13) + "95% interval"
    var lines = [header, String(repeating: "-", count: header.count + 16)]
    for (metric, label) in zip(run.keyMetrics, labels) {
      guard let row = run.comparison.row(metric) else { continue }
      let mark = row.significant == true ? " *" : ""
      let format = { (value: Double?) in MetricCatalogue.screenValue(value, of: metric) }
      let interval = row.difference.map { ComparisonScreenReport.interval($0, format) } ?? "-"
      lines.append(
        pad(label, width) + pad(format(row.baseMean), 13) + pad(format(row.altMean), 13)
          + pad(format(row.difference?.mean), 13) + interval + mark)
    }
    return lines
  }

  func netImpactLines(_ impact: NetImpact) -> [String] {
    var title = "Net impact of ALT against BASE, pounds"
    if let costs = run.costs {
      title +=
        " (\(costs.priceYear) prices; suicide valued at \(ComparisonScreenReport.pounds(costs.suicideValue)); discounted at \(NumberFormat.screen(costs.discountRate * 100))% a year)"
    }
    var lines = [
      title,
      "net impact = service cost difference - value of suicides prevented - purposeful-year value difference; negative is a saving",
    ]
    let header =
      pad("year", 18) + pad("service cost", 16) + pad("suicides prev.", 16) + pad("purposeful yrs", 16)
      + pad("net impact", 16) + "95% interval"
    lines += [header, String(repeating: "-", count: header.count + 26)]
    for period in impact.years + [impact.discountedTotal] {
      let label = period.year.map { "year \($0)" } ?? "discounted total"
      let mark = ComparisonScreenReport.excludesZero(period.net) ? " *" : ""
      lines.append(
        pad(label, 18) + pad(ComparisonScreenReport.pounds(period.serviceCost.mean), 16)
          + pad(ComparisonScreenReport.pounds(period.suicidesPreventedValue.mean), 16)
          + pad(ComparisonScreenReport.pounds(period.purposefulValue.mean), 16)
          + pad(ComparisonScreenReport.pounds(period.net.mean), 16)
          + ComparisonScreenReport.interval(period.net, ComparisonScreenReport.pounds) + mark)
    }
    return lines
  }

  static func excludesZero(_ summary: MetricSummary) -> Bool {
    guard let low = summary.ciLow, let high = summary.ciHigh else { return false }
    return low > 0 || high < 0
  }

  static func interval(_ summary: MetricSummary, _ format: (Double?) -> String) -> String {
    guard let low = summary.ciLow else { return "-" }
    return "[\(format(low)), \(format(summary.ciHigh))]"
  }

  /// Whole pounds with thousands separators and a sign: `-£1,234,567`.
  static func pounds(_ value: Double?) -> String { MetricUnit.pounds.screen(value) }

  func pad(_ text: String, _ width: Int) -> String {
    text.count >= width ? text + " " : text + String(repeating: " ", count: width - text.count)
  }
}
