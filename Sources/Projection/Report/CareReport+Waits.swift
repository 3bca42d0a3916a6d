import CareModel
import Presentation
import StepwellMetrics

extension CareReport {
  /// Waits per service against their access standards: a bar chart with whiskers and a marker
  /// at each standard, then a table.
  var waitsSection: String {
    let services = run.design.services.filter { run.summary(MetricKey.service($0.id, .waitMean).name) != nil }
    guard !services.isEmpty else {
      return ReportSection.waits.wrap(paragraph("No service in this design has a waiting list."))
    }
    let rows = services.map { service in
      WhiskerBarChart.Row(
        label: ReportLabels.service(service.id),
        value: value(.service(service.id, .waitMean)) ?? PlotValue(mean: .nan),
        marker: service.standard)
    }
    let withStandard = services.filter { $0.standard != nil }
    let breaching = withStandard.filter { (value(.service($0.id, .withinStandard))?.mean ?? 1) < 0.95 }
    let summary =
      "Mean wait in days from joining each service's list to its first session or place, with 95% intervals; red marks show each service's access standard. "
      + (breaching.isEmpty
        ? "Every service with a standard starts at least 95% of people within it."
        : "Fewer than 95% start within the standard at: \(breaching.map { ReportLabels.service($0.id) }.joined(separator: ", ")).")
    let chart = WhiskerBarChart(
      id: "chart-waits", title: "Mean wait per service against its standard", summary: summary, rows: rows)
    let table = Markup.table(
      caption: "Waits per service (days from joining the service's list)",
      header: ["Service", "Standard", "Mean wait", "90th percentile", "Within standard", "Beyond standard a year"],
      rows: services.map(waitRow), numeric: [1, 2, 3, 4, 5])
    let content =
      paragraph(
        "How long people wait for each service once referred to it, against the service's own access standard where it has one."
      ) + figure(chart.rendered, title: chart.title, caption: summary) + table
    return ReportSection.waits.wrap(content)
  }

  /// One service's row of the waits table.
  func waitRow(_ service: ServiceSpec) -> [TableCell] {
    let id = service.id
    let standard = service.standard.map(ReportDates.duration) ?? "none"
    return [
      .text(ReportLabels.service(id)), .text(standard), .summary(value(.service(id, .waitMean)), .days),
      .summary(value(.service(id, .waitP90)), .days),
      service.standard == nil ? .text("\u{2013}") : .summary(value(.service(id, .withinStandard)), .share),
      service.standard == nil ? .text("\u{2013}") : .summary(value(.service(id, .breachesPerYear)), .count),
    ]
  }
}
