import ArgumentParser
import Foundation
import Projection
import Scenario

/// `stepwell run SCENARIO.yaml`: runs the replications and writes the output folder.
struct RunCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "run", abstract: "Run a scenario's replications and write Output/<name>/.",
    discussion: """
      With --set, the what-if is written to a folder of its own named from the overrides, \
      Output/<name>--KEY=VALUE/ (for example Output/sandwell-hub--services.step3.wte=22/), so \
      the baseline's outputs are kept; its title, summary.json and manifest.json name the \
      overrides. --out names any other folder. A national scenario (one with boards:) runs \
      every board; its work items are the boards (board-<ONS code>): --items runs some into \
      <out>.items/, --merge writes the same files as a plain run from them, --resume runs the \
      missing ones and merges.
      """)

  @Argument(help: "The scenario file (YAML).")
  var scenario: String

  @OptionGroup var settings: RunSettings

  @OptionGroup(title: "Work items (national scenarios)") var shards: ShardOptions

  func run() throws {
    try CommandFailure.guarding {
      if NationalScenario.isNational(path: scenario) {
        try NationalRunCommand.run(scenario: scenario, settings: settings, shards: shards)
        return
      }
      if try shards.mode() != .whole {
        throw InputError(
          "\(shards.modeOption): a single scenario's run has no work items (allowed: with a national scenario, one with boards:, or with sweep, psa and plan)"
        )
      }
      let loaded = try LoadedScenario.load(path: scenario, overrides: try settings.checked())
      try settings.checkRecords(loaded.projected)
      let options = settings.runOptions()
      let destination = try OutputDestination.checked(
        settings.out, defaultPath: "Output/\(OverrideNaming.folderName(loaded.name, overrides: settings.overrides))",
        kind: .run)
      let workbook = try settings.workbook.writer()
      var run = loaded.projected.run(options: options)
      run.overrides = settings.overrides
      if let failure = run.eventLimitFailure { throw failure }
      var manifest = RunManifest(
        command: CommandLine.arguments, scenarioFile: scenario, seed: run.seed, replications: run.replicationCount,
        threads: options.threads, wallSeconds: run.wallSeconds, events: run.totalEvents, precision: options.precision)
      manifest.overrides = settings.overrides
      do {
        try run.write(
          to: destination, effectiveYAML: loaded.effectiveYAML, manifest: manifest, records: options.records,
          workbook: workbook)
      } catch {
        throw WriteFailure(path: destination.path, underlying: error)
      }
      print(run.screenText)
      for warning in ListGrowthWarning.find(in: run.tables.summaries) { StandardError.print(warning.message()) }
      if let warning = run.warmupCheck.message() { StandardError.print(warning) }
      let files = settings.workbook.fileNames(run.fileNames(records: options.records), folder: destination)
      print("Wrote \(destination.path)/ (\(files.joined(separator: ", ")))")
    }
  }
}

/// A failure to write outputs: exit code 1.
struct WriteFailure: Error, LocalizedError {
  let path: String
  let underlying: Error
  var errorDescription: String? {
    "could not write \(path): \((underlying as? OutputMoveError)?.description ?? underlying.localizedDescription)"
  }
}
