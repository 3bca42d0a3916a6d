import Foundation
import Testing

/// Workforce and demand keys on the command line: a bad value exits 2 with one line naming
/// where it was written, the key path and both ends of the allowed range, and writes nothing;
/// a workforce key absent from the file can be swept.
@Suite("Workforce and demand keys on the command line", .serialized)
struct WorkforceCLITests {
  /// A copy of the one-step teaching scenario with `section` added at the end, and the area it
  /// names.
  func workspace(adding section: String) throws -> (Workspace, String) {
    let space = try Workspace()
    let shipped = CLI.packageRoot.appendingPathComponent("Scenarios")
    try space.write(
      try String(contentsOf: shipped.appendingPathComponent("areas/sandwell.yaml"), encoding: .utf8),
      to: "in/areas/sandwell.yaml")
    let text = try String(contentsOf: shipped.appendingPathComponent("teaching/one-step.yaml"), encoding: .utf8)
    let file = try space.write(text + "\n" + section + "\n", to: "in/one-step.yaml")
    return (space, file)
  }

  @Test(
    "a bad workforce or demand value in the file exits 2 naming the file, key path and range",
    arguments: [
      ("workforce:\n  vacancy_rate: 1.2", "workforce.vacancy_rate", "from 0 to 0.9"),
      ("workforce:\n  seasonal: {summer: 0.05}", "workforce.seasonal.summer", "from 0.1 to 2"),
      ("workforce:\n  recruitment_lead: 10y", "workforce.recruitment_lead", "from 0 days to 5y"),
      (
        "changes:\n  - {date: 2025-06-01, recruited: true, set: {policies.dna.rate: 0.1}}",
        "changes.1.set.policies.dna.rate", "services.<id>.wte"
      ),
    ])
  func badFile(section: String, key: String, allowed: String) throws {
    let (space, file) = try workspace(adding: section)
    defer { space.cleanUp() }
    let outcome = try space.run(["run", file, "--out", space.path("out/result"), "--quiet"])
    #expect(outcome.status == 2, "\(outcome.stderr)")
    #expect(outcome.errorLines.count == 1, "\(outcome.stderr)")
    let line = outcome.errorLines.first ?? ""
    #expect(line.hasPrefix("error: \(file): \(key)"), "\(line)")
    #expect(line.contains(allowed), "\(line)")
    #expect(!space.exists("out/result"))
  }

  @Test(
    "a bad value through --set exits 2 naming the override, key path and range",
    arguments: [
      ("services.therapy.workforce.vacancy_rate=0.95", "services.therapy.workforce.vacancy_rate", "from 0 to 0.9"),
      ("referrals.seasonality.amplitude=1.5", "referrals.seasonality.amplitude", "from 0 to 0.99"),
      ("referrals.growth_per_year=-0.6", "referrals.growth_per_year", "from -0.5 to 0.5"),
    ])
  func badOverride(set: String, key: String, allowed: String) throws {
    let space = try Workspace()
    defer { space.cleanUp() }
    let oneStep = readyScenario("teaching/one-step.yaml")
    let outcome = try space.run(["run", oneStep, "--set", set, "--out", space.path("out/result"), "--quiet"])
    #expect(outcome.status == 2, "\(outcome.stderr)")
    #expect(outcome.errorLines.count == 1, "\(outcome.stderr)")
    let line = outcome.errorLines.first ?? ""
    #expect(line.hasPrefix("error: --set \(set): \(key)"), "\(line)")
    #expect(line.contains(allowed), "\(line)")
    #expect(!space.exists("out/result"))
  }

  @Test("a vacancy rate the file does not have can be swept")
  func sweepVacancies() throws {
    let space = try Workspace()
    defer { space.cleanUp() }
    let outcome = try space.run([
      "sweep", readyScenario("teaching/one-step.yaml"), "--set", "services.therapy.workforce.vacancy_rate=0...0.5:0.25",
      "--replications", "2", "--horizon", "2y", "--quiet",
    ])
    #expect(outcome.status == 0, "\(outcome.stderr)")
    let sweep = try space.read("Output/sweep-one-step/sweep.csv")
    #expect(sweep.hasPrefix("services.therapy.workforce.vacancy_rate,metric,"), "\(sweep.prefix(80))")
    let waits = sweep.split(separator: "\n").filter { $0.contains(",service.therapy.wait.mean,") }
    #expect(waits.count == 3)
    let means = waits.compactMap { Double($0.split(separator: ",")[2]) }
    #expect(means.count == 3 && means[2] > means[0], "\(waits)")
  }
}
