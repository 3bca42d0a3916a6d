import ArgumentParser
import CareModel
import Foundation
import Population
import Projection
import Scenario

/// `stepwell population [SCENARIO.yaml | --area NAME]`: draws an area's synthetic population and
/// its referral inflow, prints a summary and writes `Output/population-<area>/`.
struct PopulationCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "population",
    abstract: "Draw an area's synthetic population and referral inflow; write Output/population-<area>/.",
    discussion: """
      With a care scenario, its `area` (and `seed`) are used; otherwise --area (default sandwell). \
      Writes population.csv and referrals_by_group.csv, records.csv with --records, and the folder \
      as one Excel workbook with --xlsx.
      """)

  /// The seed when neither the scenario nor --seed gives one.
  static let defaultSeed: UInt64 = 1
  /// The area when neither a scenario nor --area names one.
  static let defaultArea = "sandwell"

  @Argument(help: "A care scenario whose `area` key names the area (optional).")
  var scenario: String?

  @Option(name: .long, help: "An area name in Scenarios/areas/ (default sandwell), or an area file path.")
  var area: String?

  @Option(name: .long, help: "Output folder (default: Output/population-<area>/).")
  var out: String?

  @Flag(name: .long, help: "Also write records.csv: one row per person.")
  var records = false

  @Option(
    name: .long, parsing: .unconditional,
    help: "Master seed, 0 to 9223372036854775807 (default: the scenario's seed, else 1).")
  var seed: String?

  @OptionGroup var workbook: WorkbookOption

  func run() throws {
    try CommandFailure.guarding {
      let seed = try OptionValue.integer(seed, "--seed", RunSettings.seedRange)
      let source = try loadSource(seed: seed)
      let destination = try OutputDestination.checked(
        out, defaultPath: "Output/population-\(source.areaName)", kind: .population)
      let writer = try workbook.writer()
      let report = source.report()
      do {
        try report.write(to: destination, records: records, command: CommandLine.arguments, workbook: writer)
      } catch {
        throw WriteFailure(path: destination.path, underlying: error)
      }
      print(report.screenText(seed: report.seed))
      let files = workbook.fileNames(report.fileNames(records: records), folder: destination)
      print("Wrote \(destination.path)/ (\(files.joined(separator: ", ")))")
    }
  }

  /// Where the population comes from: a care scenario (drawn exactly as its runs draw it) or an
  /// area on its own.
  enum Source {
    case scenario(CareSetup)
    case area(Area, seed: UInt64)

    var areaName: String {
      switch self {
      case .scenario(let setup): setup.area.name
      case .area(let area, _): area.name
      }
    }

    func report() -> PopulationReport {
      switch self {
      case .scenario(let setup): PopulationReport(setup: setup)
      case .area(let area, let seed): PopulationReport(area: area, seed: seed)
      }
    }
  }

  /// The scenario's population (with --seed when given), else --area's or the default area's.
  func loadSource(seed: Int?) throws -> Source {
    if let scenario {
      guard area == nil else {
        throw InputError("\(scenario) and --area \(area ?? ""): allowed: a scenario or --area, not both")
      }
      guard var setup = try LoadedScenario.load(path: scenario).design as? CareSetup else {
        throw InputError("\(scenario): a network scenario has no population; allowed: a care scenario, or --area")
      }
      if let seed { setup.design.seed = UInt64(seed) }
      return .scenario(setup)
    }
    let name = area ?? PopulationCommand.defaultArea
    let masterSeed = seed.map { UInt64($0) } ?? PopulationCommand.defaultSeed
    if name.hasSuffix(".yaml") || name.contains("/") { return .area(try AreaLoader.load(path: name), seed: masterSeed) }
    return .area(try AreaLoader.load(name: name, forScenarioAt: nil).area, seed: masterSeed)
  }
}
