import Foundation
import Testing

/// Bad values of the keys Ipswich brought exit 2 with one line naming the file, the key path
/// and what is allowed, and write nothing.
@Suite struct IpswichCLITests {
  static let scenario = CLI.packageRoot.appendingPathComponent("Scenarios/ipswich-iwa.yaml").path

  @Test(arguments: [
    ("services.step2.standard_from=sometimes", "services.step2.standard_from", "referral"),
    ("pathway.long_term_conditions.share=1.5", "pathway.long_term_conditions.share", "from 0 to 1"),
  ])
  func badValueExitsTwo(_ setting: String, _ keyPath: String, _ allowed: String) throws {
    let space = try Workspace()
    defer { space.cleanUp() }
    let outcome = try space.run(["run", Self.scenario, "--set", setting, "--out", space.path("out")])
    #expect(outcome.status == 2, "\(outcome.stderr)")
    #expect(outcome.errorLines.count == 1, "\(outcome.stderr)")
    let line = outcome.errorLines.first ?? ""
    #expect(line.contains(keyPath), "\(line)")
    #expect(line.contains("allowed: ") && line.contains(allowed), "\(line)")
    #expect(try space.contents().isEmpty)
  }
}
