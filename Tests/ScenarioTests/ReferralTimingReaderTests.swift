import CareModel
import Foundation
import Population
import Scenario
import Testing

/// The scenario's own demand scenario (`referrals.growth_per_year`, `.seasonality`,
/// `.step_changes`) replaces the area file's values key by key.
@Suite("Demand scenarios as scenario keys")
struct ReferralTimingReaderTests {
  static func setup(_ overrides: [String]) throws -> CareSetup {
    let loaded = try LoadedScenario.load(
      path: shippedScenarios.appendingPathComponent("sandwell-2025.yaml").path,
      overrides: overrides.map(SetOverride.init))
    return try #require(loaded.design as? CareSetup)
  }

  /// Sandwell's area file: growth 0.0105, amplitude 0.08 peaking in February, no step changes.
  @Test("scenario values override the area's key by key; --set creates the sections")
  func overridesTheArea() throws {
    let plain = try ReferralTimingReaderTests.setup([]).area.referrals
    #expect(plain.growthPerYear == 0.0105)
    #expect(plain.seasonalityAmplitude == 0.08)
    #expect(plain.peakMonth == 2)
    let setup = try ReferralTimingReaderTests.setup([
      "referrals.growth_per_year=0.05", "referrals.seasonality.amplitude=0.1",
      "referrals.step_changes=[{date: 2026-09-01, multiplier: 1.15, description: self-referral campaign}]",
    ])
    let referrals = setup.area.referrals
    #expect(referrals.growthPerYear == 0.05)
    #expect(referrals.seasonalityAmplitude == 0.1)
    #expect(referrals.peakMonth == 2, "the area's month where the scenario gives none")
    #expect(referrals.stepChanges == [ReferralInputs.StepChange(day: 518, multiplier: 1.15)])
    #expect(setup.design.referralTiming.growthPerYear == 0.05)
  }

  /// Step changes given by the scenario replace the area's list, not add to it.
  @Test("the scenario's step changes replace the area's")
  func stepChangesReplace() {
    let area = ReferralInputs(
      perYear: 1000, plausibleLow: 900, plausibleHigh: 1100, selfReferralShare: 0.5, propensityByAge: [],
      growthPerYear: 0.01, seasonalityAmplitude: 0.08, peakMonth: 2,
      stepChanges: [.init(day: 100, multiplier: 2), .init(day: 200, multiplier: 0.5)])
    let replaced = ReferralTiming(stepChanges: [.init(day: 50, multiplier: 1.2)]).applied(to: area)
    #expect(replaced.stepChanges == [.init(day: 50, multiplier: 1.2)])
    #expect(replaced.growthPerYear == 0.01)
    #expect(ReferralTiming(stepChanges: []).applied(to: area).stepChanges.isEmpty)
    #expect(ReferralTiming.area.applied(to: area) == area)
  }

  @Test(
    "a bad demand value is refused with the key path and both ends of the range",
    arguments: [
      ("referrals.growth_per_year=0.7", "referrals.growth_per_year", "from -0.5 to 0.5"),
      ("referrals.seasonality.amplitude=1.2", "referrals.seasonality.amplitude", "from 0 to 0.99"),
      ("referrals.seasonality.peak_month=13", "referrals.seasonality.peak_month", "from 1 to 12"),
      ("referrals.seasonality.peak=2", "referrals.seasonality.peak", "amplitude, peak_month"),
      (
        "referrals.step_changes=[{date: 2024-09-01, multiplier: 1.1}]", "referrals.step_changes.1.date",
        "from start_date 2025-04-01 to 2030-04-01"
      ),
      (
        "referrals.step_changes=[{date: 2026-09-01, multiplier: 0}]", "referrals.step_changes.1.multiplier",
        "from 1e-09 to 100"
      ),
      ("referrals.step_changes=[{date: 2026-09-01}]", "referrals.step_changes.1.multiplier", "to 100"),
      (
        "referrals.step_changes=[{day: 30, multiplier: 1.1}]", "referrals.step_changes.1.day",
        "date, multiplier, description"
      ),
      ("changes=[{date: 2026-04-01, set: {referrals.growth_per_year: 0.1}}]", "changes.1.set.referrals", "not"),
    ])
  func refused(override: String, keyPath: String, allowed: String) throws {
    do {
      _ = try ReferralTimingReaderTests.setup([override])
      Issue.record("\(override) loaded")
    } catch let error as ScenarioError {
      #expect("\(error)".hasPrefix("--set \(override): \(keyPath)"), "\(error)")
      #expect(error.allowedText.contains(allowed), "\(error)")
    }
  }
}
