import Foundation
import Testing

/// A bad equity multiplier, in a scenario file or through `--set`, exits 2 with one line naming
/// where it was written, the key path and both ends of the allowed range, and writes nothing.
@Suite("Equity inputs on the command line")
struct EquityCLITests {
  /// A copy of `sandwell-standard-2009.yaml` (with `old` replaced by `new`) and the Sandwell area file.
  func workspace(_ old: String, _ new: String) throws -> (Workspace, String) {
    let space = try Workspace()
    let shipped = CLI.packageRoot.appendingPathComponent("Scenarios")
    let scenario = try String(
      contentsOf: shipped.appendingPathComponent("sandwell-standard-2009.yaml"), encoding: .utf8)
    let area = try String(contentsOf: shipped.appendingPathComponent("areas/sandwell-2011.yaml"), encoding: .utf8)
    #expect(scenario.contains(old))
    try space.write(area, to: "in/areas/sandwell-2011.yaml")
    let file = try space.write(scenario.replacingOccurrences(of: old, with: new), to: "in/bad.yaml")
    return (space, file)
  }

  @Test("an odds ratio out of range in the file exits 2")
  func badFile() throws {
    let (space, file) = try workspace("asian: 0.82", "asian: 0")
    defer { space.cleanUp() }
    for arguments in [["validate", file], ["run", file, "--out", space.path("out/result")]] {
      let outcome = try space.run(arguments)
      #expect(outcome.status == 2, "\(arguments[0]): \(outcome.stderr)")
      #expect(outcome.errorLines.count == 1, "\(outcome.stderr)")
      let line = outcome.errorLines.first ?? ""
      #expect(line.hasPrefix("error: \(file): equity.recovery_odds_by_ethnicity.asian"), "\(line)")
      #expect(line.contains("allowed: an odds ratio from 0.05 to 20"), "\(line)")
    }
    #expect(!space.exists("out"))
  }

  @Test("a referral multiplier out of range through --set exits 2")
  func badSet() throws {
    let (space, file) = try workspace("referral_total: keep", "referral_total: keep")
    defer { space.cleanUp() }
    let outcome = try space.run(["validate", file, "--set", "equity.referral_by_imd_quintile=[1, 1, 0.01, 1, 1]"])
    #expect(outcome.status == 2, "\(outcome.stderr)")
    #expect(outcome.errorLines.count == 1, "\(outcome.stderr)")
    let line = outcome.errorLines.first ?? ""
    #expect(line.contains("equity.referral_by_imd_quintile.2"), "\(line)")
    #expect(line.contains("a multiplier from 0.05 to 20"), "\(line)")
  }
}
