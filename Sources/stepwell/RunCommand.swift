import ArgumentParser
import CareModel
import Foundation
import Population
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
      let options = settings.runOptions()
      let destination = try OutputDestination.checked(
        settings.out, defaultPath: "Output/\(loaded.name)", kind: .run)
      switch loaded.model {
      case .care(let design, let area):
        try runCare(design, area: area, loaded: loaded, options: options, destination: destination)
      case .network(let network):
        let run = NetworkRun(scenario: network, options: options)
        if let failure = run.eventLimitFailure { throw failure }
        let manifest = RunManifest(
          command: CommandLine.arguments, scenarioFile: scenario, seed: network.seed,
          replications: run.replications.count, threads: options.threads,
          wallSeconds: run.wallSeconds, events: run.totalEvents, precision: options.precision)
        do {
          try run.write(
            to: destination, effectiveYAML: loaded.effectiveYAML, manifest: manifest,
            records: options.records)
        } catch {
          throw WriteFailure(path: destination.path, underlying: error)
        }
        print(NetworkScreenReport(run: run).text)
        let files =
          [
            "metrics.csv", "replications.csv", "timeseries.csv", "summary.json",
            "effective-scenario.yaml", "manifest.json",
          ] + (options.records ? ["records.csv"] : [])
        print("Wrote \(destination.path)/ (\(files.joined(separator: ", ")))")
      }
    }
  }
}

extension RunCommand {
  func runCare(
    _ design: CareDesign, area: Area, loaded: LoadedScenario, options: RunOptions, destination: URL
  ) throws {
    let run = CareRun(design: design, area: area, options: options)
    if let failure = run.eventLimitFailure { throw failure }
    let manifest = RunManifest(
      command: CommandLine.arguments, scenarioFile: scenario, seed: design.seed,
      replications: run.replications.count, threads: options.threads, wallSeconds: run.wallSeconds,
      events: run.totalEvents, precision: options.precision)
    do {
      try run.write(to: destination, effectiveYAML: loaded.effectiveYAML, manifest: manifest)
    } catch {
      throw WriteFailure(path: destination.path, underlying: error)
    }
    print(CareScreenReport(run: run).text)
    print(
      "Wrote \(destination.path)/ (metrics.csv, replications.csv, timeseries.csv, projection.csv, costs.csv, breakdown.csv, summary.json, effective-scenario.yaml, manifest.json, report.html)"
    )
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
