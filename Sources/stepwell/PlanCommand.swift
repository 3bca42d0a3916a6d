import ArgumentParser
import Foundation
import Presentation
import Projection
import Scenario

/// `stepwell plan SCENARIO.yaml --vary KEY --target "METRIC>=VALUE" [--by DATE]`: the least
/// value of a key (or the cheapest pair of two) that meets every target; writes
/// `Output/plan-<name>/`.
struct PlanCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "plan",
    abstract: "Find the least capacity that meets standards by a date; write Output/plan-<name>/.",
    discussion: """
      Every target must hold in at least --confidence of replications (default 0.9). One key: the \
      search brackets from the scenario's value and bisects, then doubles the replications either \
      side of the boundary until the verdicts are clear (to 4x, at least 40, at most 200). Two keys: the \
      least second key at each value of the first; the answer is the cheapest pair by cash a \
      year. Every point uses the same seed (common random numbers). With --by DATE (care) the run \
      ends on that date and targets are judged on the year before it. Writes plan.csv, plan.json, \
      plan.svg and manifest.json; the closed forms (relief capacity, Little's law, Kingman, Erlang \
      C) are printed beside the answer. Work items: one an evaluation (a point with its replications, \
      e.g. services.talking.wte=12-r10); the search runs in rounds, and --list-items prints the next \
      round given <out>.items/ (nothing when the search can finish); --items runs any evaluation, \
      --resume runs the search reading finished evaluations and running missing ones, --merge \
      writes the outputs only from finished evaluations.
      """)

  @Argument(help: "The scenario file (YAML).")
  var scenario: String

  @Option(
    name: .long, parsing: .unconditionalSingleValue,
    help: "A key to vary: KEY, or KEY=FROM...TO[:STEP] to set the values tried (once or twice).")
  var vary: [String] = []

  @Option(
    name: .long, parsing: .unconditionalSingleValue,
    help: "A standard to meet: \"METRIC>=VALUE\" (or <=, >, <), e.g. \"pathway.within_6_weeks>=0.75\" (repeatable).")
  var target: [String] = []

  @Option(name: .long, parsing: .unconditional, help: "The date by which the targets must hold (care, ISO date).")
  var by: String?

  @Option(
    name: .long, parsing: .unconditional,
    help:
      "The date the varied values apply from (care, ISO date; default the day after the start, keeping the starting list and caseloads)."
  )
  var from: String?

  @Flag(
    help:
      "New posts arrive the service's recruitment lead (workforce.recruitment_lead, default 26w) after the date the values apply from; cuts apply at once."
  )
  var recruited = false

  @Option(
    name: .long, parsing: .unconditional,
    help: "Share of replications that must meet every target, 0.5 to 0.99 (default 0.9).")
  var confidence: String?

  @Option(
    name: .customLong("max-replications"), parsing: .unconditional,
    help:
      "Most replications at a point near the answer, 1 to 10000 (default 4x --replications, at least 40, at most 200).")
  var maxReplications: String?

  @OptionGroup var settings: RunSettings

  @OptionGroup(title: "Work items") var shards: ShardOptions

  func run() throws {
    try CommandFailure.guarding {
      let mode = try shards.mode()
      if settings.precision != nil {
        throw InputError("--precision: not used by plan (allowed: --replications and --max-replications)")
      }
      if settings.records { throw InputError("--records: not used by plan (allowed: run with --records)") }
      let overrides = try settings.checked()
      let confidence = try PlanCommand.confidence(confidence)
      let most = try OptionValue.integer(maxReplications, "--max-replications", RunSettings.replicationsRange)
      var request = PlanRequest(
        path: scenario, varies: vary, targets: target, confidence: confidence, by: by, from: from, overrides: overrides,
        maximumReplications: most)
      request.recruited = recruited
      var options = settings.runOptions()
      options.progress = nil
      let quiet = settings.quiet
      let defaultName = try LoadedScenario.load(path: scenario, overrides: overrides).name
      let destination = try OutputDestination.checked(
        settings.out,
        defaultPath: "Output/\(OverrideNaming.folderName("plan-\(defaultName)", overrides: settings.overrides))",
        kind: .plan)
      let workbook = try settings.workbook.writer()
      let setup = try PlanSetup(request: request, options: options) { values, replications in
        guard !quiet, isatty(STDERR_FILENO) == 1 else { return }
        StandardError.print(
          "  trying \(values.joined(separator: ", ")) with \(Plural.count(replications, "replication"))")
      }
      if mode != .whole {
        let store = try ItemStore(
          folder: shards.folder(for: destination),
          fingerprint: setup.fingerprint(request: request, options: options).text)
        switch mode {
        case .list:
          ShardOptions.list(try setup.nextItems(store: store))
          return
        case .items(let ids):
          print(try setup.runItems(ids, store: store).line(folder: store.folder))
          return
        default: setup.use(PlanItemSource(store: store, runsMissing: mode == .resume))
        }
      }
      let run: PlanRun
      do { run = try PlanRun(setup: setup) } catch let pending as PlanItemSource.Pending {
        throw ShardError.missingItems(ids: [pending.item.id], folder: shards.folder(for: destination).path)
      }
      if mode == .resume, let source = setup.items { print(source.outcome.line(folder: source.store.folder)) }
      do {
        try run.write(to: destination, command: CommandLine.arguments, options: options, workbook: workbook)
      } catch {
        throw WriteFailure(path: destination.path, underlying: error)
      }
      print(PlanScreenReport(run: run).text)
      let files = settings.workbook.fileNames(PlanRun.fileNames, folder: destination)
      print("Wrote \(destination.path)/ (\(files.joined(separator: ", ")))")
    }
  }

  /// `--confidence` as a number (the plan checks its range).
  static func confidence(_ text: String?) throws -> Double {
    guard let text else { return PlanRequest.defaultConfidence }
    guard let value = Double(text.trimmingCharacters(in: .whitespaces)), value.isFinite else {
      throw InputError(
        "--confidence \(text): not a number (allowed: a share of replications from 0.5 to 0.99, e.g. 0.9)")
    }
    return value
  }
}
