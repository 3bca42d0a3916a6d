import StepwellMetrics

/// The table `stepwell sweep` prints: the key metrics at each point, with 95% intervals, headed
/// by labels with units and written in them.
///
/// Care: the pathway wait, the swept service's wait and utilisation when a key is under
/// `services.<id>`, and total cost per year. Network: the swept node's wait and utilisation
/// when a key is under `nodes.<name>`, and the mean time in the system.
public struct SweepScreenReport {
  let run: SweepRun

  public init(run: SweepRun) { self.run = run }

  /// The metrics shown, in order.
  var metrics: [String] {
    let names = Set(run.metricNames)
    let presentation = run.presentation
    var shown = presentation.leadingMetrics
    for axis in run.grid.axes {
      let parts = axis.key.split(separator: ".").map(String.init)
      guard parts.count >= 2, let prefix = presentation.keyPrefixes[parts[0]] else { continue }
      shown += ["\(prefix).\(parts[1]).wait.mean", "\(prefix).\(parts[1]).utilisation"]
    }
    shown += presentation.trailingMetrics
    var seen = Set<String>()
    return shown.filter { names.contains($0) && seen.insert($0).inserted }
  }

  public var text: String {
    let metrics = self.metrics
    let keyWidth = run.grid.axes.map { max($0.key.count, 6) + 2 }
    var header = zip(run.grid.axes, keyWidth).map { pad($0.key, $1) }.joined()
    let labels = metrics.map { MetricCatalogue.screenLabel($0, timeUnit: run.timeUnit) }
    let widths = labels.map { max(34, $0.count + 2) }
    header += zip(labels, widths).map { pad($0, $1) }.joined()
    var lines = [
      "\(run.name): sweep of \(run.grid.axes.map(\.key).joined(separator: " x ")), \(run.results.count) points, seed \(run.seed) at every point (common random numbers); mean [95% interval]",
      header, String(repeating: "-", count: header.count),
    ]
    for result in run.results {
      var line = zip(result.point.texts, keyWidth).map { pad($0, $1) }.joined()
      for (metric, width) in zip(metrics, widths) {
        guard let summary = result.summary(metric) else {
          line += pad("-", width)
          continue
        }
        let row = ScreenRow(summary)
        line += pad(row.mean + (summary.ciLow == nil ? "" : " " + row.interval), width)
      }
      lines.append(line)
    }
    let rate = run.wallSeconds > 0 ? Double(run.totalEvents) / run.wallSeconds : 0
    lines.append(
      "\(run.totalEvents) events in \(NumberFormat.screen(run.wallSeconds)) s (\(NumberFormat.screen(rate / 1e6)) million events/s)"
    )
    return lines.map { String($0.reversed().drop { $0 == " " }.reversed()) }.joined(separator: "\n")
  }

  func pad(_ text: String, _ width: Int) -> String {
    text.count >= width ? text + " " : text + String(repeating: " ", count: width - text.count)
  }
}
