import Foundation
import Testing

@testable import TeachingServer

/// The ranges that bound a request's work: one set per preset, enforced and published as they are.
@Suite struct RequestLimitsTests {
  /// Just past each end of each range, for every preset: refused with the key named.
  static let cases: [(Preset, String, Double)] = Preset.allCases.flatMap { preset in
    let limits = RequestLimits.of(preset)
    return [
      (preset, "referrals_per_week", limits.referralsPerWeek.upperBound * 1.01),
      (preset, "referrals_per_week", limits.referralsPerWeek.lowerBound * 0.99),
      (preset, "staff_wte", limits.staffWTE.upperBound + 0.01),
      (preset, "staff_wte", limits.staffWTE.lowerBound - 0.01),
      (preset, "sessions_per_course", limits.sessionsPerCourse.upperBound + 0.01),
      (preset, "replications", Double(limits.replications.upperBound + 1)),
      (preset, "years", Double(limits.years.upperBound + 1)),
    ]
  }

  @Test(arguments: cases)
  func justOutsideTheRangeIsRefused(_ example: (Preset, String, Double)) {
    let (preset, key, value) = example
    let body = Data(#"{"preset": "\#(preset.rawValue)", "\#(key)": \#(value)}"#.utf8)
    #expect(throws: TeachingError.self, "\(preset) \(key) \(value)") { try SimulationRequest(json: body) }
  }

  @Test(arguments: Preset.allCases)
  func theEndsOfEveryRangeAreAccepted(_ preset: Preset) throws {
    let limits = RequestLimits.of(preset)
    let ends: [(String, Double)] = [
      ("referrals_per_week", limits.referralsPerWeek.lowerBound),
      ("referrals_per_week", limits.referralsPerWeek.upperBound),
      ("staff_wte", limits.staffWTE.lowerBound), ("staff_wte", limits.staffWTE.upperBound),
      ("sessions_per_course", limits.sessionsPerCourse.upperBound), ("dna_rate", limits.dnaRate.upperBound),
      ("replications", Double(limits.replications.upperBound)), ("years", Double(limits.years.upperBound)),
    ]
    for (key, value) in ends {
      let body = #"{"preset": "\#(preset.rawValue)", "\#(key)": \#(value)}"#
      #expect(throws: Never.self, "\(preset) \(key) \(value)") { try SimulationRequest(json: Data(body.utf8)) }
    }
  }

  @Test func oneStepIsNarrowerThanSandwellBecauseItRunsEightTimes() throws {
    let oneStep = RequestLimits.of(.oneStep), hub = RequestLimits.of(.sandwellHub)
    #expect(oneStep.staffWTE.upperBound < hub.staffWTE.upperBound)
    let staff = (oneStep.staffWTE.upperBound + hub.staffWTE.upperBound) / 2
    let body = { (preset: Preset) in Data(#"{"preset": "\#(preset.rawValue)", "staff_wte": \#(staff)}"#.utf8) }
    #expect(throws: TeachingError.self) { try SimulationRequest(json: body(.oneStep)) }
    #expect(try SimulationRequest(json: body(.sandwellHub)).staffWTE == staff)
  }

  @Test func everyPresetsOwnValuesAreWithinItsRanges() throws {
    let catalog = try sharedCatalog.get()
    for defaults in catalog.presets {
      let preset = try #require(Preset(rawValue: defaults.preset))
      let limits = RequestLimits.of(preset)
      #expect(limits.referralsPerWeek.contains(defaults.referralsPerWeek * 1.4), "\(preset): 1.4 times its referrals")
      #expect(limits.staffWTE.contains(defaults.staffWTE * 2), "\(preset): twice its staff")
      #expect(limits.sessionsPerCourse.contains(defaults.sessionsPerCourse * 2), "\(preset): twice its sessions")
      #expect(limits.replications.contains(defaults.replications) && limits.years.contains(defaults.years))
    }
  }

  @Test func thePresetsListPublishesTheRangesItEnforces() async throws {
    let reply = try json(try await send(.get, "/api/presets"))
    let presets = try #require(reply["presets"] as? [[String: Any]])
    for entry in presets {
      let preset = try #require(Preset(rawValue: entry["preset"] as? String ?? ""))
      let limits = try #require(entry["limits"] as? [String: Any])
      let expected = RequestLimits.of(preset)
      #expect(limits["staff_wte"] as? [Double] == [expected.staffWTE.lowerBound, expected.staffWTE.upperBound])
      #expect(limits["replications"] as? [Int] == [expected.replications.lowerBound, expected.replications.upperBound])
    }
    let widest = try #require(reply["limits"] as? [String: Any])
    #expect(
      widest["referrals_per_week"] as? [Double]
        == [RequestLimits.widest.referralsPerWeek.lowerBound, RequestLimits.widest.referralsPerWeek.upperBound])
  }
}
