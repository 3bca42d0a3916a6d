/// Which command wrote an output folder, and so which entries such a folder may hold.
///
/// `--out` may replace a folder only when it is recognisably an earlier output of the same kind:
/// its `manifest.json` names the command, and every entry in it is one this command writes.
public enum OutputKind: String, Sendable, CaseIterable {
  case run
  case compare
  case sweep
  case population
  case plan
  case psa

  /// The file names a folder of this kind may hold.
  public var files: Set<String> {
    switch self {
    case .run:
      [
        "metrics.csv", "replications.csv", "timeseries.csv", "projection.csv", "costs.csv", "breakdown.csv",
        "boards.csv", "summary.json", "effective-scenario.yaml", "manifest.json", "report.html", "records.csv",
        "data-dictionary.csv",
      ]
    case .compare:
      [
        "comparison.csv", "net_impact.csv", "decomposition.csv", "summary.json", "manifest.json", "report.html",
        "data-dictionary.csv",
      ]
    case .sweep: ["sweep.csv", "sweep.svg", "manifest.json", "data-dictionary.csv"]
    case .population:
      ["population.csv", "referrals_by_group.csv", "records.csv", "manifest.json", "data-dictionary.csv"]
    case .plan: ["plan.csv", "plan.json", "plan.svg", "manifest.json", "data-dictionary.csv"]
    case .psa:
      [
        "psa.csv", "psa-summary.csv", "psa-inputs.csv", "ceac.csv", "tornado.csv", "report.html", "manifest.json",
        "data-dictionary.csv",
      ]
    }
  }

  /// The sub-folders a folder of this kind may hold, each itself a folder of the given kind.
  public var folders: [String: OutputKind] {
    switch self {
    case .compare: ["base": .run, "alt": .run]
    case .run, .sweep, .population, .plan, .psa: [:]
    }
  }
}
