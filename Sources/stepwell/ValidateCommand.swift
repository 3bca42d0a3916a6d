import ArgumentParser
import Scenario

/// `stepwell validate SCENARIO.yaml`: checks a scenario without running it.
struct ValidateCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "validate", abstract: "Check a scenario file without running it.")

  @Argument(help: "The scenario file (YAML).")
  var scenario: String

  @Option(name: .customLong("set"), help: "Override a scenario value: KEY=VALUE (repeatable).")
  var overrides: [String] = []

  func run() throws {
    try CommandFailure.guarding {
      let loaded = try LoadedScenario.load(path: scenario, overrides: overrides.map(SetOverride.init))
      print("\(scenario): \(loaded.design.validationSummary)")
    }
  }
}
