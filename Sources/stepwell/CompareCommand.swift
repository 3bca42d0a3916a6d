import ArgumentParser
import Foundation
import Projection
import Scenario

/// `stepwell compare BASE.yaml ALT.yaml`: runs both designs with common random numbers and
/// writes the paired differences to `Output/compare-<base>-vs-<alt>/`.
struct CompareCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "compare",
    abstract: "Run two designs with common random numbers; write Output/compare-<base>-vs-<alt>/.",
    discussion: """
      Both run with BASE's seed, replications, horizon and warm-up (options override both); designs \
      with different horizons are refused. comparison.csv holds every metric as ALT minus BASE with \
      a 95% interval from the paired replications. For care scenarios the net impact is printed per \
      year and as a discounted total: service cost difference - value of suicides prevented - \
      purposeful-year value difference; negative is a saving.
      """)

  @Argument(help: "The reference design (YAML).")
  var base: String

  @Argument(help: "The design compared with it (YAML); differences are ALT minus BASE.")
  var alt: String

  @OptionGroup var settings: RunSettings

  @Flag(
    help: """
      Also run each lever by which ALT differs from BASE alone and cumulatively (common random \
      numbers) and write decomposition.csv: which levers carry the differences.
      """)
  var decompose = false

  func run() throws {
    try CommandFailure.guarding {
      let pair = try DesignPair.load(base: base, alt: alt, overrides: try settings.checked())
      try settings.checkRecords(pair.base.projected)
      let options = settings.runOptions()
      let destination = try OutputDestination.checked(
        settings.out,
        defaultPath: "Output/\(OverrideNaming.folderName(pair.folderName, overrides: settings.overrides))",
        kind: .compare)
      let workbook = try settings.workbook.writer()
      var run = ComparisonRun(pair: pair, options: options)
      run.overrides = settings.overrides
      if let failure = run.eventLimitFailure { throw failure }
      var decomposition: Decomposition?
      if decompose {
        let levers = try LeverSet(base: base, alt: alt, overrides: try settings.checked())
        decomposition = try Decomposition(
          set: levers, base: run.base, alt: run.alt,
          metrics: run.keyMetrics + run.base.decompositionMetrics.filter { !run.keyMetrics.contains($0) },
          replications: run.base.replicationCount,
          options: options, started: settings.quiet ? nil : { StandardError.print("  \($0)") })
      }
      do {
        try run.write(
          to: destination, command: CommandLine.arguments, options: options, decomposition: decomposition,
          workbook: workbook)
      } catch {
        throw WriteFailure(path: destination.path, underlying: error)
      }
      print(ComparisonScreenReport(run: run).text)
      if let decomposition {
        let shown = run.base.decompositionMetrics
        print("\n" + decomposition.screenText(shown: shown.isEmpty ? Array(run.keyMetrics.prefix(5)) : shown))
      }
      for (label, side) in [("BASE", run.base), ("ALT", run.alt)] {
        for warning in ListGrowthWarning.find(in: side.tables.summaries) {
          StandardError.print(warning.message(design: "\(label) \(side.name)"))
        }
        if let warning = side.warmupCheck.message(design: "\(label) \(side.name)") { StandardError.print(warning) }
      }
      let files = settings.workbook.fileNames(
        run.topFileNames + (decomposition == nil ? [] : ["decomposition.csv"]), folder: destination)
      print("Wrote \(destination.path)/ (base/, alt/, \(files.joined(separator: ", ")))")
    }
  }
}
