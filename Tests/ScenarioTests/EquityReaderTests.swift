import CareModel
import Foundation
import Population
import Scenario
import Testing

/// The repository's `Scenarios` folder, found from this file's path.
let shippedScenarios = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
  .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Scenarios")

/// One bad equity input: the text replaced in a shipped file and the key path the error names.
struct BadEquityInput: Sendable, CustomTestStringConvertible {
  let label: String
  /// `scenario` or `area`: which file of the copy is edited.
  let file: String
  let old: String
  let new: String
  let keyPath: String

  var testDescription: String { label }
}

/// The `equity` section (scenario) and the referral gradient (area file): read, switched off,
/// and refused with one message naming the file, the key path and both ends of the range.
@Suite("Equity inputs")
struct EquityReaderTests {
  static let asian = "asian: 0.82"
  static let quintiles = "referral_by_imd_quintile: [1.26, 1.19, 1.12, 1.06, 1.0]"

  static let bad: [BadEquityInput] = [
    BadEquityInput(
      label: "an odds ratio of 0", file: "scenario", old: asian, new: "asian: 0",
      keyPath: "equity.recovery_odds_by_ethnicity.asian"),
    BadEquityInput(
      label: "a referral multiplier above 20", file: "scenario", old: quintiles,
      new: "referral_by_imd_quintile: [1.26, 1.19, 25, 1.06, 1.0]", keyPath: "equity.referral_by_imd_quintile.2"),
    BadEquityInput(
      label: "four quintiles", file: "scenario", old: quintiles,
      new: "referral_by_imd_quintile: [1.26, 1.19, 1.12, 1.06]",
      keyPath: "equity.referral_by_imd_quintile"),
    BadEquityInput(
      label: "an unknown ethnic group", file: "scenario", old: asian, new: "asian: 0.82, martian: 1",
      keyPath: "equity.recovery_odds_by_ethnicity.martian"),
    BadEquityInput(
      label: "an unknown renormalisation", file: "scenario", old: "referral_total: keep",
      new: "referral_total: sometimes",
      keyPath: "equity.referral_total"),
    BadEquityInput(
      label: "two deprivation gradients on recovery", file: "scenario", old: "  dropout_per_session: 0.06",
      new: "  dropout_per_session: 0.06\n  recovery_by_imd_quintile: [0.9, 1, 1, 1, 1.1]",
      keyPath: "equity.recovery_odds_by_imd_quintile"),
    BadEquityInput(
      label: "an area referral multiplier of 50", file: "area", old: "  step_changes: []",
      new: "  step_changes: []\n  propensity_by_imd_quintile: [1, 1, 50, 1, 1]",
      keyPath: "referrals.propensity_by_imd_quintile.2"),
  ]

  /// A copy of `sandwell-standard-2009.yaml` and the Sandwell area file in a fresh folder, with one edit.
  func copy(editing file: String = "", _ old: String = "", _ new: String = "") throws -> (
    scenario: String, area: String
  ) {
    let folder = try makeTemporaryFolder()
    try FileManager.default.createDirectory(
      at: folder.appendingPathComponent("areas"), withIntermediateDirectories: true)
    var scenario = try String(
      contentsOf: shippedScenarios.appendingPathComponent("sandwell-standard-2009.yaml"), encoding: .utf8)
    var area = try String(
      contentsOf: shippedScenarios.appendingPathComponent("areas/sandwell-2011.yaml"), encoding: .utf8)
    if file == "scenario" {
      #expect(scenario.contains(old), "sandwell-standard-2009.yaml has no '\(old)'")
      scenario = scenario.replacingOccurrences(of: old, with: new)
    }
    if file == "area" {
      #expect(area.contains(old), "sandwell-2011.yaml has no '\(old)'")
      area = area.replacingOccurrences(of: old, with: new)
    }
    return (
      try writeFile(scenario, named: "scenario.yaml", in: folder),
      try writeFile(area, named: "areas/sandwell-2011.yaml", in: folder)
    )
  }

  @Test("a bad equity input names its file, key path and allowed range", arguments: bad)
  func badInput(_ bad: BadEquityInput) throws {
    let (scenario, area) = try copy(editing: bad.file, bad.old, bad.new)
    var caught: ScenarioError?
    do { _ = try LoadedScenario.load(path: scenario) } catch let error as ScenarioError { caught = error }
    expectInvalid(caught, file: bad.file == "area" ? area : scenario, keyPath: bad.keyPath)
    if bad.label.contains("multiplier") || bad.label.contains("odds") {
      #expect(caught?.description.contains("from 0.05 to 20") == true, "\(String(describing: caught))")
    }
  }

  /// The shipped file's values arrive in the design and the area, with their grades.
  @Test("the shipped equity section is read with its grades")
  func shipped() throws {
    let (scenario, _) = try copy()
    let setup = try #require(try LoadedScenario.load(path: scenario).design as? CareSetup)
    let equity = setup.design.equity
    #expect(equity.mechanismsOn)
    #expect(equity.recoveryOddsByQuintile == [0.48, 0.58, 0.69, 0.83, 1.0])
    #expect(equity.recoveryOddsByEthnicity == [0.99, 0.82, 1.0, 1.0, 0.79])
    #expect(setup.area.referrals.gradient.byQuintile == [1.26, 1.19, 1.12, 1.06, 1.0])
    #expect(setup.area.referrals.gradient.byEthnicity == [1.0, 0.9, 0.9, 0.9, 0.9])
    #expect(equity.grades["equity.recovery_odds_by_imd_quintile"] == "A")
    #expect(equity.grades["equity.recovery_odds_by_ethnicity"] == "B")
    #expect(equity.grades["equity.referral_by_imd_quintile"] == "D")
    #expect(equity.grades["area.prevalence.deprivation_rr_q1_vs_q5"] == "D")
  }

  /// One key switches every mechanism off, the deprivation multipliers of DNA included.
  @Test("mechanisms: off sets every multiplier to 1")
  func switchedOff() throws {
    let (scenario, _) = try copy()
    let loaded = try LoadedScenario.load(path: scenario, overrides: [try SetOverride("equity.mechanisms=off")])
    let setup = try #require(loaded.design as? CareSetup)
    let design = setup.design
    let flat = EquitySpec.flat
    #expect(!design.equity.mechanismsOn)
    #expect(design.policies.dnaByQuintile == flat && design.pathway.recoveryByQuintile == flat)
    #expect(design.equity.recoveryOddsByQuintile == flat && design.equity.recoveryOddsByEthnicity == flat)
    #expect(design.equity.dnaByEthnicity == flat && design.equity.dropoutByQuintile == flat)
    #expect(setup.area.referrals.gradient == ReferralGradient(byQuintile: flat, byEthnicity: flat, total: .keep))
  }
}
