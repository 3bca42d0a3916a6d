import ArgumentParser
import Foundation
import Projection
import Scenario

/// `stepwell run SCENARIO.yaml`: runs the replications and writes the output folder.
struct RunCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "run", abstract: "Run a scenario's replications and write Output/<name>/.")

  @Argument(help: "The scenario file (YAML).")
  var scenario: String

  @OptionGroup var settings: RunSettings

  func run() throws {
    try CommandFailure.guarding {
      let loaded = try LoadedScenario.load(path: scenario, overrides: try settings.checked())
      try settings.checkRecords(loaded.projected)
      let options = settings.runOptions()
      let destination = try OutputDestination.checked(
        settings.out, defaultPath: "Output/\(loaded.name)", kind: .run)
      let workbook = try settings.workbook.writer()
      let run = loaded.projected.run(options: options)
      if let failure = run.eventLimitFailure { throw failure }
      let manifest = RunManifest(
        command: CommandLine.arguments, scenarioFile: scenario, seed: run.seed, replications: run.replicationCount,
        threads: options.threads, wallSeconds: run.wallSeconds, events: run.totalEvents, precision: options.precision)
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
