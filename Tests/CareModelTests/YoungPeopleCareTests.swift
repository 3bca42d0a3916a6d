import CareModel
import Foundation
import Testing

/// The area's young-people multipliers act on the care scenario's rates for 13-17 year olds
/// only: the Ipswich design for 1.5 years (half a year of warm-up), one replication.
@Suite struct YoungPeopleCareTests {
  /// `ipswich-iwa.yaml`, shortened, with the Ipswich area's `old` text replaced by `new`.
  static func ipswich(areaReplacing old: String, with new: String) throws -> CareReplicationResult {
    let text = try String(contentsOfFile: scenariosDirectory + "/ipswich-iwa.yaml", encoding: .utf8)
      .replacingOccurrences(of: "horizon: 6y", with: "horizon: 1.5y")
      .replacingOccurrences(of: "warmup: 1y", with: "warmup: 0.5y")
    let (design, area) = try temporaryDesign(text) { areaText in
      precondition(areaText.contains(old), "the Ipswich area has no '\(old)'")
      return areaText.replacingOccurrences(of: old, with: new)
    }
    return runOnce(design, area)
  }

  /// The value of a breakdown row, NaN when the row is absent.
  static func value(_ result: CareReplicationResult, band: String, _ metric: String) -> Double {
    result.breakdown.first { $0.dimension == "age_band" && $0.group == band && $0.metric == metric }?.value ?? .nan
  }

  /// With a recovery multiplier of 0 no 13-15 year old recovers, while 25-34 year olds recover
  /// at about the scenario's rates (0.45 to 0.50 before deprivation: between 0.4 and 0.6).
  @Test func recoveryMultiplierActsOnYoungPeopleOnly() throws {
    let result = try Self.ipswich(areaReplacing: "recovery_multiplier: 0.67", with: "recovery_multiplier: 0")
    #expect(Self.value(result, band: "0-15", "referrals.per_year") > 100)
    #expect(Self.value(result, band: "0-15", "recovery.rate") == 0)
    let adults = Self.value(result, band: "25-34", "recovery.rate")
    #expect((0.4...0.6).contains(adults), "\(adults)")
  }

  /// A DNA multiplier of 4 makes the assessment DNA 0.25 x 4 = 1 for young people: 13-15 year
  /// olds are referred but never reach a first treatment, while adults do.
  @Test func dnaMultiplierActsOnYoungPeopleOnly() throws {
    let result = try Self.ipswich(areaReplacing: "dna_multiplier: 1.2", with: "dna_multiplier: 4")
    #expect(Self.value(result, band: "0-15", "referrals.per_year") > 100)
    #expect(!(Self.value(result, band: "0-15", "pathway.wait_first_treatment.mean") >= 0))
    #expect(Self.value(result, band: "25-34", "pathway.wait_first_treatment.mean") > 0)
  }
}
