import ArgumentParser
import Foundation
import Projection
import Scenario

/// `stepwell sweep SCENARIO.yaml --set KEY=FROM...TO[:STEP]`: runs the scenario at every point
/// of one or two swept keys and writes `Output/sweep-<name>/`.
struct SweepCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "sweep",
    abstract: "Run a scenario over a range of one or two keys; write Output/sweep-<name>/.",
    discussion: """
      Ranges: --set KEY=FROM...TO[:STEP]. Whole numbers step by 1 by default, reals take 10 equal \
      steps; two ranges form a full grid; other --set values apply at every point. Every point uses \
      the same seed (common random numbers). Writes sweep.csv, sweep.svg and manifest.json. Work \
      items: one a point (point-0001, ...), each with every replication; --items runs some into \
      <out>.items/, --merge writes the same files as a plain run from them, --resume runs the \
      missing ones and merges.
      """)

  @Argument(help: "The scenario file (YAML).")
  var scenario: String

  @OptionGroup var settings: RunSettings

  @OptionGroup(title: "Work items") var shards: ShardOptions

  func run() throws {
    try CommandFailure.guarding {
      let mode = try shards.mode()
      let grid: SweepGrid
      do { grid = try SweepGrid(arguments: settings.overrides) } catch let error as SweepError {
        throw InputError(error.description)
      }
      var plain = settings
      plain.overrides = SweepGrid.plainArguments(settings.overrides)
      let overrides = try plain.checked()
      let scenarios = try SweepRun.load(path: scenario, grid: grid, overrides: overrides)
      if let first = scenarios.first { try settings.checkRecords(first.projected) }
      let destination = try OutputDestination.checked(
        settings.out,
        defaultPath:
          "Output/\(OverrideNaming.folderName(SweepRun.folderName(for: scenarios), overrides: plain.overrides))",
        kind: .sweep)
      let options = settings.runOptions()
      let workbook = try settings.workbook.writer()
      let run: SweepRun
      if mode == .whole {
        run = SweepRun(
          file: scenario, scenarios: scenarios, grid: grid, options: options,
          pointStarted: settings.quiet ? nil : { SweepCommand.pointStarted($0, $1, grid) })
      } else {
        let work = SweepRun.Work(scenarios: scenarios, grid: grid, options: options)
        let progress = settings.quiet ? nil : ProgressLine.reporter("points")
        guard
          let stored = try shards.results(
            of: work, fingerprint: work.fingerprint, mode: mode, destination: destination, threads: options.threads,
            progress: progress)
        else { return }
        run = SweepRun(
          file: scenario, scenarios: scenarios, grid: grid, stored: stored)
      }
      if let failure = run.eventLimitFailure { throw failure }
      do {
        try run.write(to: destination, command: CommandLine.arguments, options: options, workbook: workbook)
      } catch {
        throw WriteFailure(path: destination.path, underlying: error)
      }
      print(SweepScreenReport(run: run).text)
      for result in run.results {
        let label = result.point.overrides.map(\.argument).joined(separator: ", ")
        for warning in ListGrowthWarning.find(in: result.summaries) {
          StandardError.print(warning.message(design: label))
        }
      }
      let files = settings.workbook.fileNames(SweepRun.fileNames, folder: destination)
      print("Wrote \(destination.path)/ (\(files.joined(separator: ", ")))")
    }
  }

  /// Names the point about to run on stderr (a terminal only) and returns its progress line.
  static func pointStarted(_ index: Int, _ count: Int, _ grid: SweepGrid) -> (@Sendable (Int, Int) -> Void)? {
    guard isatty(STDERR_FILENO) == 1 else { return nil }
    let point = grid.points[index].overrides.map(\.argument).joined(separator: ", ")
    FileHandle.standardError.write(Data("  point \(index + 1)/\(count): \(point)\n".utf8))
    return ProgressLine.reporter()
  }
}
