import Foundation
import Projection
import Scenario

/// `stepwell run` of a national scenario (one with a `boards:` section): every board's
/// replications, merged into national totals and a per-board table in one output folder. Its
/// work items are the boards (`--list-items`, `--items`, `--resume`, `--merge`).
enum NationalRunCommand {
  /// Loads, checks every board, runs them (or the items `shards` asks for) and writes the folder;
  /// bad input throws before anything is written.
  static func run(scenario path: String, settings: RunSettings, shards: ShardOptions) throws {
    let mode = try shards.mode()
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
    var run: NationalRun
    if mode == .whole {
      run = NationalRunner.run(national, options: options)
      if let board = run.stoppedBoard, let replication = board.stoppedReplication {
        throw NationalBoardStopped(code: board.plan.code, replication: replication)
      }
    } else {
      let work = NationalRunner.Work(scenario: national, options: options)
      let started = Date()
      let progress = settings.quiet ? nil : ProgressLine.reporter("boards")
      guard
        let boards = try shards.results(
          of: work, fingerprint: work.fingerprint, mode: mode, destination: destination, threads: options.threads,
          progress: progress)
      else { return }
      run = NationalRun(
        name: national.name, boards: boards,
        targets: national.shared.design.targets)
      run.wallSeconds = Date().timeIntervalSince(started)
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
