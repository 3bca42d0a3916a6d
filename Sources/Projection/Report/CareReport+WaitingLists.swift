import Population
import Presentation
import StepwellMetrics

extension CareReport {
  /// Waiting lists over time: one small chart per service that ever had anyone waiting, each
  /// with its weekly mean and 95% band over replications, the warm-up shaded.
  var waitingListSection: String {
    let charts = run.design.services.compactMap { service -> String? in
      let values = seriesValues(SeriesKey.waitingList(service: service.id).name)
      guard values.contains(where: { $0.mean > 1e-9 }) else { return nil }
      return waitingListFigure(service.id, values: values)
    }
    let empty = run.design.services.filter { service in
      !seriesValues(SeriesKey.waitingList(service: service.id).name).contains { $0.mean > 1e-9 }
    }.map { ReportLabels.service($0.id) }
    var content = paragraph(
      "The number of people waiting for each service, week by week: the line is the mean over replications and the shaded band its 95% interval (cut at zero). The grey area is the warm-up, before statistics start; the system fills from empty (or from its starting backlog) there."
    )
    content +=
      charts.isEmpty
      ? "" : Markup.element("div", [("class", "small-multiples")], "\n" + charts.joined(separator: "\n") + "\n")
    if !empty.isEmpty {
      content += paragraph("No one waited at any time for: \(empty.joined(separator: ", ")).", className: "note-text")
    }
    return ReportSection.waitingLists.wrap(content)
  }

  /// One service's chart.
  func waitingListFigure(_ id: String, values: [PlotValue]) -> String {
    let name = ReportLabels.service(id)
    let average = value(.service(id, .waitingListMean))
    let averageText = average.map { ReportNumber.withInterval($0.mean, $0.low, $0.high, .count) } ?? "n/a"
    let peak = values.map(\.mean).filter(\.isFinite).max() ?? 0
    let chart = LineBandChart(
      id: "chart-list-\(id)", title: "\(name): people waiting, weekly",
      summary:
        "Mean number waiting for \(name) each week with its 95% band, warm-up shaded. After warm-up the time-average is \(averageText); the highest weekly mean is \(ReportNumber.format(peak, .count)).",
      times: run.tables.binStarts, values: values, warmupEnd: run.design.warmupDays, horizon: run.design.horizonDays,
      timeTicks: timeTicks)
    return figure(chart.rendered, title: chart.title, caption: "\(name): average \(averageText) waiting after warm-up.")
  }

  /// A series' weekly means and intervals over replications.
  func seriesValues(_ name: String) -> [PlotValue] {
    guard let index = run.tables.series.first?.firstIndex(where: { $0.name == name }) else { return [] }
    return run.tables.binStarts.indices.map { bin in
      let values = run.tables.series.compactMap { replication -> Double? in
        guard index < replication.count, bin < replication[index].values.count else { return nil }
        return replication[index].values[bin]
      }
      return PlotValue(MetricSummary(name: name, values: values))
    }
  }

  /// Time-axis ticks: the start and every whole year after it (every other one after ten).
  var timeTicks: [(day: Double, label: String)] {
    let years = Int((run.design.horizonDays / DayCount.perYear).rounded(.down))
    let every = years > 10 ? 2 : 1
    return stride(from: 0, through: years, by: every).compactMap { year in
      guard let day = dates.anniversary(years: year), day <= run.design.horizonDays + 2 else { return nil }
      return (day, dates.monthYear(days: day))
    }
  }
}
