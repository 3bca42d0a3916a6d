import Foundation

extension SweepRun {
  /// The files a sweep writes.
  public static let fileNames = ["sweep.csv", "sweep.svg", "manifest.json", "data-dictionary.csv"]

  /// `sweep.csv`: one column per swept key (its dotted path), then metric,mean,ci_low,ci_high;
  /// every metric at every point, points in grid order (first key outermost).
  public var sweepCSV: String {
    var table = CSVTable(columns: grid.axes.map(\.key) + ["metric", "mean", "ci_low", "ci_high"])
    for result in results {
      for summary in result.summaries {
        table.append(
          result.point.texts + [
            summary.name, NumberFormat.csv(summary.mean), NumberFormat.csv(summary.ciLow),
            NumberFormat.csv(summary.ciHigh),
          ])
      }
    }
    return table.text
  }

  /// `manifest.json`: how the sweep was made, with the swept keys and the number of points.
  func manifestJSON(command: [String], options: RunOptions) -> JSONValue {
    let manifest = RunManifest(
      command: command, scenarioFile: file, seed: seed, replications: results.map(\.replications).max() ?? 0,
      threads: options.threads, wallSeconds: wallSeconds, events: totalEvents, precision: options.precision,
      kind: .sweep)
    guard case .object(var fields) = manifest.json else { return manifest.json }
    let swept: [JSONValue] = grid.axes.map { axis in
      .object([
        ("key", .string(axis.key)), ("argument", .string(axis.argument)),
        ("values", .array(axis.values.map { .number($0) })),
      ])
    }
    fields.insert(("swept", .array(swept)), at: 4)
    fields.insert(("points", .number(Double(results.count))), at: 5)
    return .object(fields)
  }

  /// Writes `sweep.csv`, `sweep.svg`, `manifest.json` and, with `workbook`, `<folder-name>.xlsx`
  /// into `destination`, atomically.
  public func write(
    to destination: URL, command: [String], options: RunOptions, workbook: WorkbookWriter? = nil
  ) throws {
    let folder = try OutputFolder(destination: destination, kind: .sweep, workbook: workbook)
    do {
      try folder.write(sweepCSV, to: "sweep.csv")
      try folder.write(SweepChart(run: self).svg, to: "sweep.svg")
      try folder.write(manifestJSON(command: command, options: options).rendered(), to: "manifest.json")
      try folder.commit()
    } catch {
      folder.discard()
      throw error
    }
  }
}
