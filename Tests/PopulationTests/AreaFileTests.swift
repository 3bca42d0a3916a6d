import Foundation
import Population
import Scenario
import Testing

/// Area files: the shipped ones load; bad ones fail with the file and key path.
@Suite struct AreaFileTests {
  static func sandwellText() throws -> String {
    try String(
      contentsOfFile: AreaLoader.path(name: "sandwell", scenariosDirectory: scenariosDirectory), encoding: .utf8)
  }

  /// The key path of the error thrown when parsing Sandwell's text changed by `edit`.
  static func failure(_ edit: (String) -> String) throws -> ScenarioError? {
    let text = edit(try sandwellText())
    do {
      _ = try AreaLoader.parse(text, file: "edited.yaml")
      return nil
    } catch let error as ScenarioError {
      return error
    }
  }

  static func replacing(_ old: String, _ new: String) -> (String) -> String {
    { $0.replacingOccurrences(of: old, with: new) }
  }

  @Test func shippedAreasLoad() throws {
    let sandwell = try loadArea("sandwell")
    #expect(sandwell.population == 341_900)
    #expect(sandwell.eligibleAge == 16)
    #expect(sandwell.referralsPerYear == 10_900)
    #expect(sandwell.referralsPlausibleRange == 8_900...12_300)
    #expect(abs(sandwell.prevalence.targetAdultCMD - 0.1904) < 1e-12)
    let ipswich = try loadArea("ipswich-east-suffolk")
    #expect(ipswich.population == 400_000)
    #expect(ipswich.eligibleAge == 13)
    #expect(AreaLoader.available(scenariosDirectory: scenariosDirectory).contains("ipswich-east-suffolk"))
  }

  @Test func everySandwellValueCitesASource() throws {
    let text = try AreaFileTests.sandwellText()
    for line in text.split(separator: "\n") where line.contains(": 0.") || line.contains(": {share") {
      // Values inside a block whose key line names the source: multipliers and list points.
      let inBlock = line.hasPrefix("    \"") || line.hasPrefix("    - {")
      #expect(line.contains("source") || inBlock, "\(line)")
    }
  }

  @Test(arguments: [
    ("colour: blue\n", "colour"),
    ("  hispanic: 0.0\n", "ethnicity.hispanic"),
  ])
  func unknownKeysAndGroupsAreNamed(insertion: String, keyPath: String) throws {
    let error = try AreaFileTests.failure { text in
      let anchor = insertion.hasPrefix("  ") ? "ethnicity:\n" : "version: 1\n"
      return text.replacingOccurrences(of: anchor, with: anchor + insertion)
    }
    #expect(error?.keyPath == keyPath)
    #expect(error?.description.contains("edited.yaml") == true)
  }

  @Test func sharesThatDoNotSumToOneAreRejected() throws {
    let error = try AreaFileTests.failure(AreaFileTests.replacing("white: 0.573", "white: 0.6"))
    #expect(error?.keyPath == "ethnicity")
    #expect(error?.description.contains("sum") == true)
    #expect(error?.description.contains("line") == true)
    let bands = try AreaFileTests.failure(AreaFileTests.replacing("\"75+\": {share: 0.06", "\"75+\": {share: 0.07"))
    #expect(bands?.keyPath == "age_bands")
  }

  @Test func negativeCountsAndSharesAreRejected() throws {
    #expect(
      try AreaFileTests.failure(AreaFileTests.replacing("population: 341900", "population: -5"))?.keyPath
        == "population")
    #expect(
      try AreaFileTests.failure(AreaFileTests.replacing("per_year: 10900", "per_year: -10"))?.keyPath
        == "referrals.per_year")
    #expect(
      try AreaFileTests.failure(AreaFileTests.replacing("mixed: 0.045", "mixed: -0.045"))?.keyPath == "ethnicity.mixed")
  }

  @Test func missingGroupsAndSectionsAreNamed() throws {
    let error = try AreaFileTests.failure { text in
      text.split(separator: "\n", omittingEmptySubsequences: false).filter { !$0.hasPrefix("  other:") }
        .joined(separator: "\n")
    }
    #expect(error?.keyPath == "ethnicity.other")
    let episodes = try AreaFileTests.failure(AreaFileTests.replacing("  help_seeking_delay_days: 56", "  "))
    #expect(episodes?.keyPath == "episodes.help_seeking_delay_days")
  }

  @Test func inconsistentValuesAreRejected() throws {
    let severe = try AreaFileTests.failure(
      AreaFileTests.replacing("{female: 0.10, male: 0.06}", "{female: 0.10, male: 0.2}"))
    #expect(severe?.keyPath == "prevalence.severe_by_sex.male")
    let unreachable = try AreaFileTests.failure { text in
      text.replacingOccurrences(of: "per_year: 10900", with: "per_year: 900000")
        .replacingOccurrences(of: "plausible_high: 12300", with: "plausible_high: 990000")
    }
    #expect(unreachable?.keyPath == "referrals.per_year")
    let step = try AreaFileTests.failure(
      AreaFileTests.replacing("step_changes: []", "step_changes: [{day: 10, multiplier: 0}]"))
    #expect(step?.keyPath == "referrals.step_changes[0].multiplier")
  }

  @Test func missingAreaFileNamesThePathAndTheChoices() throws {
    #expect {
      _ = try AreaLoader.load(name: "atlantis", scenariosDirectory: scenariosDirectory)
    } throws: { error in
      guard let error = error as? ScenarioError else { return false }
      return error.keyPath == "area" && error.description.contains("atlantis.yaml")
        && error.description.contains("sandwell")
    }
    #expect(throws: ScenarioError.self) {
      _ = try AreaLoader.load(name: "../sandwell", scenariosDirectory: scenariosDirectory)
    }
  }

  @Test func theFileNameMustMatchTheAreaName() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("stepwell-areas-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: folder) }
    try FileManager.default.createDirectory(
      at: folder.appendingPathComponent("areas"), withIntermediateDirectories: true)
    try Data(try AreaFileTests.sandwellText().utf8).write(to: folder.appendingPathComponent("areas/copy.yaml"))
    #expect {
      _ = try AreaLoader.load(name: "copy", scenariosDirectory: folder.path)
    } throws: { ($0 as? ScenarioError)?.keyPath == "name" }
    #expect(AreaLoader.scenariosDirectory(forScenarioAt: folder.appendingPathComponent("x.yaml").path) == folder.path)
  }

  @Test func programmaticAreasAreValidatedToo() throws {
    let area = try loadArea("sandwell")
    var shares = area.ethnicityShares
    shares[.other] = nil
    #expect {
      _ = try Area(
        name: "x", population: 100, eligibleAge: 16, ageBands: area.ageBands, ethnicityShares: shares,
        imdQuintileShares: area.imdQuintileShares, prevalence: area.prevalence,
        longTermCondition: area.longTermCondition, episodes: area.episodes, referrals: area.referrals)
    } throws: { ($0 as? PopulationError)?.keyPath == "ethnicity.other" }
  }
}
