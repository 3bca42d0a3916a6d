import Presentation
import StepwellMetrics

/// The table `stepwell run` prints for a network: each node's waits, queue and utilisation
/// with 95% intervals and, where the network qualifies, the exact values beside them; labels
/// carry units (times in the scenario's `time_unit`, utilisation as %).
public struct NetworkScreenReport {
  let run: NetworkRun

  public init(run: NetworkRun) { self.run = run }

  public var text: String {
    let scenario = run.design
    var lines: [String] = []
    lines.append(
      "\(run.title): \(Plural.count(run.replications.count, "replication")), horizon \(NumberFormat.screen(scenario.horizon)) \(scenario.timeUnit), warm-up \(NumberFormat.screen(scenario.warmup))"
    )
    let shown = run.summaries.filter { $0.name != MetricKey.engineEvents.name }
    let rows = shown.map { ScreenRow($0, timeUnit: scenario.timeUnit) }
    let width = max(34, (rows.map(\.label.count).max() ?? 0) + 2)
    let header = pad("metric", width) + pad("mean", 12) + pad("95% interval", 26) + "theory"
    lines.append(header)
    lines.append(String(repeating: "-", count: header.count + 6))
    for row in rows {
      let exact = run.theory?.value(row.name).map { MetricCatalogue.screenValue($0, of: row.name) } ?? ""
      lines.append(pad(row.label, width) + pad(row.mean, 12) + pad(row.interval, 26) + exact)
    }
    if let reason = run.theoryUnavailable {
      lines.append("No exact values: \(reason).")
    } else {
      lines.append("Theory: Jackson network, M/M/c per node (Erlang C), steady state.")
    }
    let events = run.totalEvents
    let rate = run.wallSeconds > 0 ? Double(events) / run.wallSeconds : 0
    lines.append(
      "\(events) events in \(NumberFormat.screen(run.wallSeconds)) s (\(NumberFormat.screen(rate / 1e6)) million events/s)"
    )
    return lines.joined(separator: "\n")
  }

  func pad(_ text: String, _ width: Int) -> String {
    text.count >= width ? text + " " : text + String(repeating: " ", count: width - text.count)
  }
}
