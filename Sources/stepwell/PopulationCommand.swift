import ArgumentParser
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
      With a care scenario, its `area` (and `seed`) are used; otherwise --area (default sandwell).
      Writes population.csv and referrals_by_group.csv, and records.csv with --records.
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

  func run() throws {
    try CommandFailure.guarding {
      let seed = try OptionValue.integer(seed, "--seed", RunSettings.seedRange)
      let (loaded, scenarioSeed) = try loadArea()
      let masterSeed = seed.map { UInt64($0) } ?? scenarioSeed ?? PopulationCommand.defaultSeed
      let destination = try OutputDestination.checked(
        out, defaultPath: "Output/population-\(loaded.name)", kind: .population)
      let report = PopulationReport(area: loaded, seed: masterSeed)
      do {
        try report.write(to: destination, records: records, command: CommandLine.arguments)
      } catch {
        throw WriteFailure(path: destination.path, underlying: error)
      }
      print(report.screenText(seed: masterSeed))
      print("Wrote \(destination.path)/ (\(report.fileNames(records: records).joined(separator: ", ")))")
    }
  }

  /// The area, from the scenario's `area` key, --area, or the default; and the scenario's seed.
  func loadArea() throws -> (Area, UInt64?) {
    if let scenario {
      guard area == nil else {
        throw InputError("\(scenario) and --area \(area ?? ""): allowed: a scenario or --area, not both")
      }
      let tree = try ScenarioTree.load(path: scenario)
      let top = try MappingReader(tree, file: scenario, path: "")
      let name = try top.requiredString("area", allowed: "an area file name under Scenarios/areas/, e.g. sandwell")
      let scenarioSeed = try top.int("seed", in: 0...Int.max).map { UInt64($0) }
      let directory = AreaLoader.scenariosDirectory(forScenarioAt: scenario)
      return (try AreaLoader.load(name: name, scenariosDirectory: directory, referencedFrom: scenario), scenarioSeed)
    }
    let name = area ?? PopulationCommand.defaultArea
    if name.hasSuffix(".yaml") || name.contains("/") { return (try AreaLoader.load(path: name), nil) }
    return (try AreaLoader.load(name: name, scenariosDirectory: "Scenarios"), nil)
  }
}
