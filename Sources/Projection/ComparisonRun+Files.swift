import Foundation

extension ComparisonRun {
  /// The files written at the top of the comparison folder (besides `base/` and `alt/`).
  public var topFileNames: [String] {
    ["comparison.csv"] + (netImpact == nil ? [] : ["net_impact.csv"]) + ["summary.json", "manifest.json"]
      + (reportHTML == nil ? [] : ["report.html"]) + ["data-dictionary.csv"]
  }

  /// Writes `base/`, `alt/` (each a full run folder), `comparison.csv`, `net_impact.csv` (care
  /// with costs), `summary.json`, `manifest.json`, `report.html` (care) and, with `workbook`, one
  /// workbook of every table of the three folders into `destination`, atomically.
  ///
  /// - Parameters:
  ///   - command: the command line, for the manifests.
  ///   - options: threads, precision and records, as run.
  ///   - decomposition: the levers' effects (`--decompose`), written to `decomposition.csv`.
  ///   - workbook: the writer of `<folder-name>.xlsx` (`--xlsx`), or nil.
  public func write(
    to destination: URL, command: [String], options: RunOptions, decomposition: Decomposition? = nil,
    workbook: WorkbookWriter? = nil
  ) throws {
    let folder = try OutputFolder(destination: destination, kind: .compare, workbook: workbook)
    do {
      try writeRuns(into: folder.staging, command: command, options: options)
      try folder.write(comparison.comparisonCSV, to: "comparison.csv")
      if let netImpact { try folder.write(netImpact.csv, to: "net_impact.csv") }
      try folder.write(summaryJSON.rendered(), to: "summary.json")
      try folder.write(manifestJSON(command: command, options: options).rendered(), to: "manifest.json")
      if let report = report(with: decomposition) { try folder.write(report, to: "report.html") }
      if let decomposition { try folder.write(decomposition.csv, to: "decomposition.csv") }
      try folder.commit()
    } catch {
      folder.discard()
      throw error
    }
  }

  /// `report.html`, with the levers' table when there is a decomposition.
  public func report(with decomposition: Decomposition?) -> String? {
    guard decomposition != nil || !overrides.isEmpty, reportHTML != nil else { return reportHTML }
    var withLevers = reportComparison
    withLevers.overrides = overrides
    if let decomposition {
      let shown = base.decompositionMetrics.isEmpty ? Array(keyMetrics.prefix(5)) : base.decompositionMetrics
      withLevers.levers = decomposition.shares(shown: shown)
    }
    return makeReport(withLevers)
  }

  func writeRuns(into staging: URL, command: [String], options: RunOptions) throws {
    for (side, loaded, folder) in [(base, pair.base, "base"), (alt, pair.alt, "alt")] {
      var run = side
      run.overrides = overrides
      var manifest = RunManifest(
        command: command, scenarioFile: loaded.file, seed: run.seed, replications: run.replicationCount,
        threads: options.threads, wallSeconds: run.wallSeconds, events: run.totalEvents, precision: options.precision)
      manifest.overrides = overrides
      try run.write(
        to: staging.appendingPathComponent(folder), effectiveYAML: loaded.effectiveYAML, manifest: manifest,
        records: options.records)
    }
  }

  /// The top `manifest.json`: both files, the seed, paired replications, threads, wall time and
  /// events of both runs.
  func manifestJSON(command: [String], options: RunOptions) -> JSONValue {
    var manifest = RunManifest(
      command: command, scenarioFile: pair.base.file, seed: seed, replications: replications,
      threads: options.threads, wallSeconds: wallSeconds, events: totalEvents, precision: options.precision,
      kind: .compare)
    manifest.overrides = overrides
    guard case .object(var fields) = manifest.json else { return manifest.json }
    fields.insert(("alt_scenario_file", .string(pair.alt.file)), at: 4)
    return .object(fields)
  }

  /// The top `summary.json`: the designs, how they were paired, the net impact and every
  /// metric's paired difference.
  public var summaryJSON: JSONValue {
    var fields: [(String, JSONValue)] =
      [
        ("comparison", .string(pair.folderName)),
        ("model", .string(pair.base.kind.rawValue)),
        ("base", .object([("scenario", .string(pair.base.name)), ("file", .string(pair.base.file))])),
        ("alt", .object([("scenario", .string(pair.alt.name)), ("file", .string(pair.alt.file))])),
        ("seed", .string(String(seed))), ("replications", .number(Double(replications))),
        ("method", .string(ComparisonRun.method)),
      ] + OverrideNaming.jsonFields(overrides)
    fields += lengthFields
    fields.append(("net_impact", netImpactJSON))
    fields.append(("differences", comparison.json))
    return .object(fields)
  }

  /// How differences and intervals are computed, in one sentence.
  public static let method =
    "ALT minus BASE; 95% t interval over the paired per-replication differences (common random numbers); significant when the interval excludes zero"

  var netImpactJSON: JSONValue {
    guard let netImpact else {
      return .object([("available", .bool(false)), ("reason", .string(netImpactUnavailable ?? ""))])
    }
    var fields: [(String, JSONValue)] = [("available", .bool(true))]
    if let costs {
      fields += [
        ("price_year", .string(costs.priceYear)), ("discount_rate", .number(costs.discountRate)),
        ("suicide_value", .number(costs.suicideValue)),
        ("purposeful_year_value", .number(costs.purposefulYearValue)),
      ]
    }
    fields += [
      ("formula", .string(NetImpact.formula)),
      ("years", .array(netImpact.years.map(\.json))),
      ("discounted_total", netImpact.discountedTotal.json),
    ]
    return .object(fields)
  }
}
