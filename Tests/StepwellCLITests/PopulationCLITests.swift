import Foundation
import Testing

/// `stepwell population` end to end, on a small copy of the Sandwell area file.
@Suite("stepwell population", .serialized)
struct PopulationCLITests {
  /// Sandwell's area file shrunk to 5,000 people and renamed `mini`.
  static func miniArea() throws -> String {
    let sandwell = CLI.packageRoot.appendingPathComponent("Scenarios/areas/sandwell.yaml")
    return try String(contentsOf: sandwell, encoding: .utf8)
      .replacingOccurrences(of: "name: sandwell", with: "name: mini")
      .replacingOccurrences(of: "population: 341900", with: "population: 5000")
      .replacingOccurrences(of: "per_year: 10900", with: "per_year: 160")
      .replacingOccurrences(of: "plausible_low: 8900", with: "plausible_low: 130")
      .replacingOccurrences(of: "plausible_high: 12300", with: "plausible_high: 180")
  }

  static func workspace() throws -> Workspace {
    let workspace = try Workspace()
    try workspace.write(try miniArea(), to: "Scenarios/areas/mini.yaml")
    return workspace
  }

  @Test("--area writes the summary and both tables")
  func areaWritesTables() throws {
    let workspace = try PopulationCLITests.workspace()
    defer { workspace.cleanUp() }
    let outcome = try workspace.run(["population", "--area", "mini", "--records"])
    #expect(outcome.status == 0, "\(outcome.stderr)")
    #expect(outcome.stdout.contains("5,000"))
    #expect(
      try workspace.contents("Output/population-mini") == [
        "data-dictionary.csv", "manifest.json", "population.csv", "records.csv", "referrals_by_group.csv",
      ])
    let population = try workspace.read("Output/population-mini/population.csv")
    #expect(population.hasPrefix("dimension,group,people,share,expected_share"))
    #expect(population.contains("\nall,all,5000,1,1,"))
    let referrals = try workspace.read("Output/population-mini/referrals_by_group.csv")
    #expect(referrals.hasPrefix("dimension,group,expected_per_year,simulated_per_year\nall,all,120,"))
    let records = try workspace.read("Output/population-mini/records.csv")
    #expect(records.split(separator: "\n").count == 5_001)
  }

  @Test("A scenario's area and seed are used, and its inflow is drawn as a run draws it")
  func scenarioNamesTheArea() throws {
    let workspace = try PopulationCLITests.workspace()
    defer { workspace.cleanUp() }
    let shipped = try String(
      contentsOf: CLI.packageRoot.appendingPathComponent("Scenarios/teaching/one-step.yaml"), encoding: .utf8)
    let text = shipped.replacingOccurrences(of: "area: sandwell", with: "area: mini")
      .replacingOccurrences(of: "\nseed: 1", with: "\nseed: 7")
    let scenario = try workspace.write(text, to: "Scenarios/demo.yaml")
    let outcome = try workspace.run(["population", scenario, "--out", "here"])
    #expect(outcome.status == 0, "\(outcome.stderr)")
    #expect(outcome.stdout.contains("seed 7"))
    #expect(workspace.exists("here/population.csv"))
    let halved = try workspace.write(
      text.replacingOccurrences(of: "new_episode_share: 1 ", with: "new_episode_share: 0.5 "),
      to: "Scenarios/halved.yaml")
    #expect(try workspace.run(["population", halved, "--out", "halved"]).status == 0)
    let expected = { (folder: String) throws -> Double in
      let line = try workspace.read("\(folder)/referrals_by_group.csv").split(separator: "\n")[1]
      return Double(line.split(separator: ",")[2]) ?? .nan
    }
    #expect(try workspace.exists("halved/population.csv") && expected("halved") < expected("here"))
  }

  @Test("A network scenario has no population: exit 2, nothing written")
  func networkScenarioRefused() throws {
    let workspace = try PopulationCLITests.workspace()
    defer { workspace.cleanUp() }
    let scenario = try workspace.write(goodScenario, to: "network.yaml")
    let outcome = try workspace.run(["population", scenario, "--out", "here"])
    #expect(outcome.status == 2)
    #expect(!workspace.exists("here"))
  }

  @Test("The same seed writes the same files")
  func sameSeedSameFiles() throws {
    let workspace = try PopulationCLITests.workspace()
    defer { workspace.cleanUp() }
    for folder in ["a", "b"] {
      #expect(try workspace.run(["population", "--area", "mini", "--seed", "11", "--out", folder]).status == 0)
    }
    for file in ["population.csv", "referrals_by_group.csv"] {
      #expect(try workspace.read("a/\(file)") == workspace.read("b/\(file)"))
    }
  }

  @Test(
    "Bad area input exits 2 with one message and writes nothing",
    arguments: [
      ("white: 0.573", "white: 0.6", "ethnicity"),
      ("population: 5000", "population: -5", "population"),
      ("  asian: 0.258", "  asian: 0.258\n  martian: 0.0", "ethnicity.martian"),
    ])
  func badAreaExitsTwo(old: String, new: String, keyPath: String) throws {
    let workspace = try PopulationCLITests.workspace()
    defer { workspace.cleanUp() }
    try workspace.write(
      try PopulationCLITests.miniArea().replacingOccurrences(of: old, with: new), to: "Scenarios/areas/mini.yaml")
    let outcome = try workspace.run(["population", "--area", "mini"])
    #expect(outcome.status == 2)
    #expect(outcome.errorLines.count == 1)
    #expect(outcome.stderr.contains("mini.yaml") && outcome.stderr.contains("\(keyPath)"))
    #expect(!workspace.exists("Output"))
  }

  @Test("A missing area exits 2 and lists the areas")
  func missingAreaExitsTwo() throws {
    let workspace = try PopulationCLITests.workspace()
    defer { workspace.cleanUp() }
    let outcome = try workspace.run(["population", "--area", "atlantis"])
    #expect(outcome.status == 2)
    #expect(outcome.stderr.contains("atlantis.yaml") && outcome.stderr.contains("mini"))
    #expect(!workspace.exists("Output"))
  }
}
