import CareModel
import Foundation
import Population
import Scenario
import Testing

/// The beds of the 2009 and hub scenarios are the era's beds per adult scaled to Sandwell's
/// adults, as derived in docs/evidence.md ("Beds of the era").
@Suite struct EraBedTests {
  /// NHS mental-health beds in England, linear between 37,000 in 1998 and 22,300 in 2012 (sheet,
  /// status of the seed figures), at decimal year `year`.
  static func nationalBeds(_ year: Double) -> Double { 37_000 + (22_300 - 37_000) * (year - 1998) / 14 }
  /// Adult acute share of those beds (`adult_mh_beds_england` note: 37%).
  static let adultAcuteShare = 0.37
  /// England's adults (16 and over), millions: residents 52.2m in 2009 and 53.0m in 2011, 81% adults.
  static let englandAdults: [Int: Double] = [2009: 52.2e6 * 0.81, 2011: 53.0e6 * 0.81]

  static func beds(of file: String) throws -> (beds: Int, adults: Double) {
    let loaded = try LoadedScenario.load(path: shippedScenarios.appendingPathComponent(file).path)
    let setup = try #require(loaded.design as? CareSetup)
    let inpatient = try #require(setup.design.services.first { $0.kind == .beds })
    let children = try #require(setup.area.ageBands[.age0to15]).share
    return (inpatient.capacity.capacity(at: 0), Double(setup.area.population) * (1 - children))
  }

  @Test(
    "the era's bed rate gives the scenario's beds",
    arguments: [("sandwell-standard-2009.yaml", 2009, 52), ("sandwell-hub.yaml", 2011, 47)])
  func bedsOfTheEra(file: String, year: Int, documented: Int) throws {
    let (beds, adults) = try EraBedTests.beds(of: file)
    #expect(abs(adults - 237_209) < 1, "Sandwell's adults: \(adults)")
    let perAdult =
      EraBedTests.nationalBeds(Double(year) + 0.5) * EraBedTests.adultAcuteShare
      / (EraBedTests.englandAdults[year] ?? .nan)
    let derived = perAdult * adults
    #expect(Int(derived.rounded()) == documented, "derived \(derived) beds for \(year)")
    #expect(beds == documented, "\(file) has \(beds) beds")
  }
}
