import Foundation
import Presentation
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
    let effectiveness = costEffectivenessLines
    if !effectiveness.isEmpty { lines += [""] + effectiveness }
    if let impact = run.netImpact {
      lines += [""] + netImpactLines(impact)
    } else if let reason = run.netImpactUnavailable {
      lines += ["", "No societal sensitivity: \(reason)."]
    }
    let rate = run.wallSeconds > 0 ? Double(run.totalEvents) / run.wallSeconds : 0
    lines.append(
      "\(run.totalEvents) events in \(NumberFormat.screen(run.wallSeconds)) s (\(NumberFormat.screen(rate / 1e6)) million events/s)"
    )
    return lines.joined(separator: "\n")
  }

  var heading: String {
    let pair = run.pair
    let both = run.overrides.isEmpty ? "" : " (both \(OverrideNaming.phrase(run.overrides)))"
    return
      "ALT \(pair.alt.name) minus BASE \(pair.base.name)\(both): \(Plural.count(run.replications, "paired replication")), seed \(run.seed), common random numbers; 95% paired t intervals (* = excludes zero)"
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

  /// The cost-effectiveness result: incremental cost and QALYs (discounted), the ICER with
  /// Fieller's interval and net monetary benefit at each threshold.
  var costEffectivenessLines: [String] {
    guard let costs = run.costs, let icer = run.comparison.row(MetricKey.icer.name)?.difference,
      let cost = run.comparison.row(MetricKey.costDiscountedTotal.name)?.difference,
      let qaly = run.comparison.row(MetricKey.qalyGainedDiscountedTotal.name)?.difference
    else { return [] }
    let pounds = ComparisonScreenReport.pounds
    let qalys = { (value: Double?) in MetricUnit.qalys.screen(value) }
    var lines = [
      "Cost-effectiveness of ALT against BASE (\(costs.priceYear) prices, NHS and local-authority cash; costs discounted at \(NumberFormat.screen(costs.discountRate * 100))% and QALYs at \(NumberFormat.screen(costs.outcomeDiscountRate * 100))% a year over the projection years)",
      "  incremental cost      \(pounds(cost.mean)) \(ComparisonScreenReport.interval(cost, pounds))",
      "  incremental QALYs     \(qalys(qaly.mean)) \(ComparisonScreenReport.interval(qaly, qalys)) (gained against the natural course of the episodes referred)",
      "  ICER                  " + ComparisonScreenReport.icerText(icer),
    ]
    if let accrued = run.comparison.row(MetricKey.qalyDiscountedTotal.name)?.difference,
      abs(accrued.mean - qaly.mean) > 1e-6 * max(1, abs(qaly.mean))
    {
      lines.append(
        "  the designs refer different people: QALYs of people referred differ by \(qalys(accrued.mean)), which counts everyone referred; incremental QALYs count each person's gain over the untreated course"
      )
    }
    for threshold in costs.thresholds {
      let name = MetricKey.netMonetaryBenefit(threshold: threshold).name
      guard let nmb = run.comparison.row(name)?.difference else { continue }
      lines.append(
        "  net monetary benefit at \(pounds(threshold)) per QALY: \(pounds(nmb.mean)) \(ComparisonScreenReport.interval(nmb, pounds))"
          + (ComparisonScreenReport.excludesZero(nmb) ? " *" : "") + " (above zero: ALT is worth its cost)")
    }
    if let sensitivity = run.comparison.row(MetricKey.icerSensitivity.name)?.difference {
      lines.append(
        "  ICER with QALYs discounted at \(NumberFormat.screen(costs.outcomeSensitivityRate * 100))%: "
          + ComparisonScreenReport.icerText(sensitivity))
    }
    return lines
  }

  /// An ICER with its interval, or why it has none.
  static func icerText(_ icer: MetricSummary) -> String {
    guard icer.mean.isFinite else { return "undefined (no QALY difference)" }
    let value = MetricUnit.pounds.screen(icer.mean) + " per QALY"
    guard let low = icer.ciLow, let high = icer.ciHigh else {
      return value + " (Fieller interval unbounded: the QALY difference is not significant)"
    }
    let note = icer.mean < 0 ? " (negative: one design costs less and gains more, or costs more and gains less)" : ""
    return value + " [\(MetricUnit.pounds.screen(low)), \(MetricUnit.pounds.screen(high))] (Fieller)" + note
  }

  func netImpactLines(_ impact: NetImpact) -> [String] {
    var title = "Societal sensitivity (valuations, not cash; never added to the figures above), pounds"
    if let costs = run.costs {
      title +=
        " (\(costs.priceYear) prices; suicide valued at \(ComparisonScreenReport.pounds(costs.suicideValue)), a purposeful year at \(ComparisonScreenReport.pounds(costs.purposefulYearValue)) (seed, unsourced, C), both GDP-deflated; discounted at \(NumberFormat.screen(costs.discountRate * 100))% a year)"
    }
    var lines = [
      title,
      "societal net = cash difference - value of suicides prevented - purposeful-year value difference; negative favours ALT",
    ]
    let header =
      pad("year", 18) + pad("cash", 16) + pad("suicides prev.", 16) + pad("purposeful yrs", 16)
      + pad("societal net", 16) + "95% interval"
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
