import CareModel
import Foundation
import Projection
import Scenario
import Testing

/// The report's sentence per breakdown dimension is derived from the design's inputs.
@Suite("Breakdown mechanisms in the report")
struct BreakdownMechanismTests {
  static let hub = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Scenarios/sandwell-hub.yaml").path

  func mechanisms(_ overrides: [String] = []) throws -> BreakdownMechanisms {
    let loaded = try LoadedScenario.load(path: Self.hub, overrides: try overrides.map(SetOverride.init))
    let setup = try #require(loaded.design as? CareSetup)
    return BreakdownMechanisms(design: setup.design, area: setup.area)
  }

  @Test("the hub names its mechanisms with their grades")
  func hub() throws {
    let found = try mechanisms()
    let deprivation = found.sentence(for: "imd_quintile", noun: "IMD quintile")
    #expect(
      deprivation.contains(
        "Recovery and attendance differ by IMD quintile by mechanism: recovery odds by deprivation (grade A)"))
    #expect(deprivation.contains("referral propensity given need by deprivation (grade D)"))
    #expect(deprivation.contains("need (prevalence) by deprivation (grade D)"))
    let ethnicity = found.sentence(for: "ethnicity", noun: "ethnic group")
    #expect(ethnicity.contains("recovery odds by ethnic group (grade B)"), "\(ethnicity)")
    let sex = found.sentence(for: "sex", noun: "sex")
    #expect(sex.hasPrefix("Recovery and attendance differences by sex come from no mechanism in this model"), "\(sex)")
  }

  @Test("with mechanisms off, deprivation and ethnicity act only through need")
  func off() throws {
    let found = try mechanisms(["equity.mechanisms=off"])
    #expect(
      found.acting(on: "imd_quintile", .recovery).isEmpty && found.acting(on: "imd_quintile", .attendance).isEmpty)
    #expect(found.acting(on: "ethnicity", .referrals).isEmpty)
    #expect(found.acting(on: "imd_quintile", .referrals).map(\.name) == ["need (prevalence) by deprivation"])
    #expect(found.sentence(for: "ethnicity", noun: "ethnic group").contains("come from no mechanism"))
  }

  @Test("a single multiplier set through --set is named, ungraded")
  func setOnCommandLine() throws {
    let found = try mechanisms(["equity.mechanisms=off", "equity.dna_by_ethnicity.asian=1.2"])
    // Switched off: the --set multiplier is read but every mechanism stays off.
    #expect(found.acting(on: "ethnicity", .attendance).isEmpty)
    let on = try mechanisms(["equity.dna_by_ethnicity.asian=1.2"])
    #expect(on.acting(on: "ethnicity", .attendance).map(\.grade) == ["ungraded"])
  }
}
