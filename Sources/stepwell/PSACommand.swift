import ArgumentParser
import Foundation
import Projection
import Scenario

/// `stepwell psa SCENARIO.yaml [ALT.yaml] --draws N [--replications R]`: a probabilistic
/// sensitivity analysis over the scenario's `uncertainty:` inputs; writes
/// `Output/psa-<name>/` (or `psa-<base>-vs-<alt>/`).
struct PSACommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "psa",
    abstract: "Draw the uncertain inputs and run each draw; write Output/psa-<name>/.",
    discussion: """
      The inputs are the scenario's `uncertainty:` section (`uncertainty: defaults` takes the shared \
      ranges of Scenarios/uncertainty/defaults.yaml), drawn by Latin hypercube from the master seed. \
      Each draw runs --replications replications (default 2) of every design with common random \
      numbers. Writes psa.csv (one row per draw), psa-summary.csv (every metric with its interval \
      from noise alone beside the one with the inputs' uncertainty), psa-inputs.csv, report.html and \
      manifest.json; with ALT also ceac.csv (the probability ALT is cost-effective, £0 to £50,000 per \
      QALY, with the expected value of perfect information) and tornado.csv. Work items: one a \
      draw (draw-0001, ...); --items runs some into <out>.items/, --merge writes the same files as \
      a plain run from them, --resume runs the missing ones and merges.
      """)

  @Argument(help: "The scenario file (YAML), or BASE when ALT is given.")
  var scenario: String

  @Argument(help: "ALT: a second design of the same model, for cost-effectiveness against BASE.")
  var alt: String?

  @Option(name: .long, parsing: .unconditional, help: "Parameter draws, 1 to 10000 (default 100).")
  var draws: String?

  @OptionGroup var settings: RunSettings

  @OptionGroup(title: "Work items") var shards: ShardOptions

  func run() throws {
    try CommandFailure.guarding {
      let mode = try shards.mode()
      if settings.precision != nil {
        throw InputError("--precision: not used by psa (allowed: --draws and --replications)")
      }
      if settings.records { throw InputError("--records: not used by psa (allowed: run with --records)") }
      let count = try OptionValue.integer(draws, "--draws", PSARequest.drawsRange) ?? 100
      let replications =
        try OptionValue.integer(settings.replications, "--replications", RunSettings.replicationsRange)
        ?? PSARequest.defaultReplications
      var plain = settings
      plain.replications = nil
      let overrides = try plain.checked()
      let names = try ([scenario] + (alt.map { [$0] } ?? [])).map {
        try LoadedScenario.load(path: $0, overrides: overrides).name
      }
      let destination = try OutputDestination.checked(
        settings.out,
        defaultPath:
          "Output/\(OverrideNaming.folderName("psa-\(names.joined(separator: "-vs-"))", overrides: plain.overrides))",
        kind: .psa)
      let workbook = try settings.workbook.writer()
      let request = PSARequest(
        basePath: scenario, altPath: alt, draws: count, replications: replications, overrides: overrides)
      var options = settings.runOptions()
      options.progress = nil
      let progress = settings.quiet ? nil : ProgressLine.reporter("draws")
      let run: PSARun
      if mode == .whole {
        run = try PSARun(request: request, options: options, progress: progress)
      } else {
        let started = Date()
        let work = try PSARun.Work(request: request, options: options)
        guard
          let stored = try shards.results(
            of: work, fingerprint: work.fingerprint, mode: mode, destination: destination, threads: options.threads,
            progress: progress)
        else { return }
        run = work.run(stored: stored, wallSeconds: Date().timeIntervalSince(started))
      }
      do {
        try run.write(to: destination, command: CommandLine.arguments, workbook: workbook)
      } catch {
        throw WriteFailure(path: destination.path, underlying: error)
      }
      print(PSAScreenReport(run: run).text)
      let files = settings.workbook.fileNames(run.fileNames, folder: destination)
      print("Wrote \(destination.path)/ (\(files.joined(separator: ", ")))")
    }
  }
}
