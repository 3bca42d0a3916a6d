import Foundation
import Scenario
import Testing

/// The keys Ipswich brought (`standard_from`, `pathway.long_term_conditions`): bad values give
/// one error naming the file, the key path and the allowed values or range with both ends.
@Suite struct IpswichKeyTests {
  /// The repository's `Scenarios` folder.
  static let scenarios = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Scenarios")

  /// The error from loading `ipswich-iwa.yaml` edited by replacing `old` with `new`, written
  /// beside a copy of its area file, with the path it was written to.
  static func failure(replacing old: String, with new: String) throws -> (String, ScenarioError?) {
    let text = try String(
      contentsOf: scenarios.appendingPathComponent("ipswich-iwa.yaml"), encoding: .utf8)
    #expect(text.contains(old), "ipswich-iwa.yaml has no '\(old)'")
    let folder = try makeTemporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let areas = folder.appendingPathComponent("areas")
    try FileManager.default.createDirectory(at: areas, withIntermediateDirectories: true)
    try FileManager.default.copyItem(
      at: scenarios.appendingPathComponent("areas/ipswich-east-suffolk.yaml"),
      to: areas.appendingPathComponent("ipswich-east-suffolk.yaml"))
    let path = try writeFile(text.replacingOccurrences(of: old, with: new), named: "ipswich.yaml", in: folder)
    do {
      _ = try LoadedScenario.load(path: path)
      return (path, nil)
    } catch let error as ScenarioError {
      return (path, error)
    }
  }

  @Test func theShippedScenarioLoadsOnItsOwn() throws {
    let (_, error) = try IpswichKeyTests.failure(replacing: "seed: 2012", with: "seed: 2012")
    #expect(error == nil, "\(String(describing: error))")
    let text = try String(
      contentsOf: IpswichKeyTests.scenarios.appendingPathComponent("ipswich-iwa.yaml"), encoding: .utf8)
    #expect(!text.contains("\nextends:"))
  }

  @Test(arguments: [
    (
      "standard: 28wd                  # ipswich_wait_step3 (C, seed)\n    standard_from: referral",
      "standard: 28wd\n    standard_from: sometimes", "services.step3.standard_from", ["list", "referral"]
    ),
    (
      "standard: 28wd                  # ipswich_wait_step3 (C, seed)\n    standard_from: referral",
      "standard_from: referral", "services.step3.standard_from", ["beside a standard"]
    ),
    (
      "share: 0.5                      # assumption (D): half", "share: 1.5 #", "pathway.long_term_conditions.share",
      ["from 0 to 1"]
    ),
    ("service: ltc   ", "service: step9   ", "pathway.long_term_conditions.service", ["step2", "ltc", "community"]),
    ("service: ltc   ", "service: triage   ", "pathway.long_term_conditions.service", ["not a therapy"]),
    ("service: ltc   ", "service: ltc\n    colour: blue   ", "pathway.long_term_conditions.colour", ["service, share"]),
  ])
  func badValuesNameTheKeyAndTheRange(old: String, new: String, keyPath: String, allowed: [String]) throws {
    let (path, error) = try IpswichKeyTests.failure(replacing: old, with: new)
    expectInvalid(error, file: path, keyPath: keyPath)
    for word in allowed {
      #expect(error?.description.contains(word) == true, "\(String(describing: error))")
    }
  }
}
