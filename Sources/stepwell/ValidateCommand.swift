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
      switch loaded.model {
      case .care(let design, let area):
        print(
          "\(scenario): valid care scenario '\(design.name)' with \(design.services.count) services over area '\(area.name)'"
        )
      case .network(let network):
        print("\(scenario): valid network scenario '\(network.name)' with \(network.nodes.count) nodes")
      }
    }
  }
}
