import Foundation
import Projection
import Scenario

/// `stepwell run` of a national scenario (one with a `boards:` section): every board's
/// replications, merged into national totals and a per-board table in one output folder.
enum NationalRunCommand {
  /// Loads, checks every board, runs them and writes the folder; bad input throws before
  /// anything is written.
  static func run(scenario path: String, settings: RunSettings) throws {
    let overrides = try settings.checked()
    if settings.precision != nil {
      throw InputError("--precision: a national run takes a fixed number of replications; allowed: --replications N")
    }
    if settings.records {
      throw InputError(
        "--records: care runs keep no per-person records; allowed: --records with a network scenario only")
    }
    let national = try NationalScenario.load(path: path, overrides: overrides)
    let options = settings.runOptions(noun: "boards")
    let destination = try OutputDestination.checked(
      settings.out, defaultPath: "Output/\(OverrideNaming.folderName(national.name, overrides: settings.overrides))",
      kind: .run)
    let run = NationalRunner.run(national, options: options)
    if let board = run.stoppedBoard, let replication = board.stoppedReplication {
      throw NationalEventLimit(code: board.plan.code, replication: replication)
    }
    let design = national.shared.design
    var manifest = RunManifest(
      command: CommandLine.arguments, scenarioFile: path, seed: design.seed, replications: run.replicationCount,
      threads: options.threads, wallSeconds: run.wallSeconds, events: run.totalEvents, precision: nil)
    manifest.overrides = settings.overrides
    do {
      try run.write(
        to: destination, effectiveYAML: national.effectiveYAML, manifest: manifest, startDate: design.startDate,
        horizonDays: design.horizonDays, warmupDays: design.warmupDays, seed: design.seed)
    } catch {
      throw WriteFailure(path: destination.path, underlying: error)
    }
    print(run.screenText)
    print("Wrote \(destination.path)/ (\(NationalRun.fileNames.joined(separator: ", ")))")
  }
}

/// A board's replication stopped at its event limit: exit code 1, nothing written.
struct NationalEventLimit: Error, LocalizedError {
  let code: String
  let replication: Int
  var errorDescription: String? {
    "board \(code), replication \(replication + 1): stopped at the event limit; its results would be incomplete"
  }
}
