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
      if NationalScenario.isNational(path: scenario) {
        let national = try NationalScenario.load(path: scenario, overrides: overrides.map(SetOverride.init))
        let people = national.boards.reduce(0) { $0 + $1.population }
        let referrals = national.boards.reduce(0) { $0 + $1.referralsPerYear }
        print(
          "\(scenario): valid national care scenario, \(national.boards.count) boards, \(people) people, \(Int(referrals)) referrals a year"
        )
        return
      }
      let loaded = try LoadedScenario.load(path: scenario, overrides: overrides.map(SetOverride.init))
      print("\(scenario): \(loaded.design.validationSummary)")
    }
  }
}
