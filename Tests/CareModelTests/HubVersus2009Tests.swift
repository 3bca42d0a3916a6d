import CareModel
import Testing

@Suite("The hub against standard practice (2009), same seed")
struct HubVersus2009Tests {
  /// Expected: the hub's call-backs cut the DNA rate from about 10% to about 4% per session;
  /// its step-down lowers background admissions, and link workers, re-routing and agreed
  /// discharge leave fewer people untreated, so fewer crises reach a bed; with fewer
  /// admissions into 40 near-full beds, out-of-area placements fall most of all. (Debug runs
  /// switch background CMHT episodes off in both designs: see `admissionNoiseControl`.)
  @Test("the hub has fewer bed days (local + out of area) and a lower DNA rate")
  func hubHasFewerBedDaysAndFewerMissedSessions() async throws {
    let pair = try await careBatches([(.standard2009, admissionNoiseControl), (.hub, admissionNoiseControl)])
    let (standard, hub) = (pair[0], pair[1])
    #expect(standard.design.seed == hub.design.seed)

    let bedDays = PairedDelta(base: standard.totalBedDays, alternative: hub.totalBedDays)
    report("bed days 2009 -> hub: \(bedDays)")
    #expect(bedDays.mean < -pairedSignificanceMargin * bedDays.standardError, "bed days a year: \(bedDays)")

    let dna = paired(standard, hub, "dna.rate")
    report("dna.rate 2009 -> hub: \(dna)")
    #expect(dna.mean < -pairedSignificanceMargin * dna.standardError, "dna.rate: \(dna)")
  }
}
