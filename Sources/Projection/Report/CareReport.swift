import Population
import Presentation
import StepwellMetrics

/// `report.html` for a care run: one self-contained page (inline CSS and SVG, no scripts, nothing
/// fetched) with a title block, the headline numbers with their 95% intervals, charts of waiting
/// lists, waits against standards, costs, bed days, recovery and the breakdowns by group, the
/// comparison with another design when given, and an auto-filled STRESS-DES checklist.
///
/// Everything comes from the run's own data, in a fixed order, so the page is byte-identical
/// whatever the thread count.
public struct CareReport: Sendable {
  /// The run reported on (for a comparison, the run whose charts are shown).
  public let run: CareRun
  /// The comparison's differences and net impact, if the report is for a comparison.
  public let comparison: ReportComparison?
  /// Calendar labels from the run's start date.
  let dates: ReportDates
  /// Per-year summaries by yearly-series name, year 1 first.
  let yearly: [String: [MetricSummary]]

  public init(run: CareRun, comparison: ReportComparison? = nil) {
    self.run = run
    self.comparison = comparison
    dates = ReportDates(startDate: run.design.startDate)
    var yearly: [String: [MetricSummary]] = [:]
    for row in run.yearlySummaries { yearly[row.metric, default: []].append(row.summary) }
    self.yearly = yearly
  }

  /// The whole page.
  public var html: String {
    var parts = [
      headlineSection, waitingListSection, waitsSection, costSection, bedSection, recoverySection, byYearSection,
      breakdownSection,
    ]
    if !run.design.calibration.isEmpty { parts.append(calibrationSection) }
    if comparison != nil {
      parts.insert(comparisonHeadlineSection, at: 0)
      parts.append(comparisonSection)
    }
    parts.append(StressChecklist(report: self).section)
    if comparison != nil { parts.append(CheersChecklist(report: self).section) }
    let main = Markup.element("main", [], "\n" + parts.joined(separator: "\n") + "\n")
    let body = [titleBlock, main, footer].joined(separator: "\n")
    return Markup.numberFigures(
      HTMLDocument(title: pageTitle, css: ReportStyle.css, body: body, generator: "Stepwell \(RunManifest.version)")
        .rendered)
  }

  /// The browser tab's title.
  var pageTitle: String {
    if let comparison {
      return OverrideNaming.title(
        "Stepwell report: \(comparison.altName) against \(comparison.baseName)", overrides: comparison.overrides)
    }
    return "Stepwell report: \(run.title)"
  }

  /// The sections present, in page order.
  var sections: [ReportSection] {
    ReportSection.allCases.filter {
      (![.comparison, .comparisonHeadline, .cheers].contains($0) || comparison != nil)
        && ($0 != .calibration || !run.design.calibration.isEmpty)
    }
  }

  /// A metric's summary over replications as a plot value.
  func value(_ key: MetricKey) -> PlotValue? { run.summary(key.name).map(PlotValue.init) }

  /// A yearly series' summaries, year 1 first (empty when the run has none).
  func perYear(_ key: YearMetricKey) -> [MetricSummary] { yearly[key.name] ?? [] }

  /// The number of projection years with per-year values.
  var yearCount: Int { run.replications.first?.yearly.first?.values.count ?? 0 }

  /// The day projection year k (1-based) starts on.
  func yearStart(_ year: Int) -> Double {
    run.design.warmupDays + Double(year - 1) * DayCount.perYear
  }

  /// Labels of the projection years, e.g. "2012/13".
  var yearLabels: [String] { (1...max(1, yearCount)).map { dates.yearLabel(startingAt: yearStart($0)) } }

  /// A figure: a numbered title, the chart and its caption.
  func figure(_ svg: String, title: String, caption: String) -> String {
    let heading = Markup.element(
      "p", [("class", "figure-title")], "Figure \(Character(Markup.figureNumber)). " + XMLEscape.strict(title))
    return Markup.element("figure", [], heading + svg + Markup.text("figcaption", [], caption))
  }

  /// A paragraph of plain text.
  func paragraph(_ text: String, className: String? = nil) -> String {
    Markup.text("p", className.map { [("class", $0)] } ?? [], text)
  }

  /// The page footer.
  var footer: String {
    Markup.element(
      "footer", [],
      paragraph(
        "Made by Stepwell \(RunManifest.version) from the run's own outputs (metrics.csv, projection.csv, costs.csv, breakdown.csv, timeseries.csv in the same folder). Intervals are two-sided 95% Student t intervals over replications, cut at zero (and at 100% for shares) in the text; they describe simulation uncertainty only, not uncertainty in the input values."
      ))
  }
}
