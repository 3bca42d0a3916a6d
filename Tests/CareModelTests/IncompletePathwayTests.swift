import CareModel
import Population
import SimCore
import Stochastics
import Testing

/// Incomplete pathways counted by hand on a tiny case: one therapist with one place, courses of
/// 20 weekly sessions, nobody missing, dropping out, remitting or recovering; four referrals.
///
/// Day 0 is 2025-01-01, so the month ends of the 160-day run fall on days 31, 59, 90, 120 and
/// 151. A is referred on day 1 and treated at once (sessions on days 1, 8, ..., 134); B (day 2)
/// starts on day 134 when A's course ends; C (day 3) waits beyond the horizon's last month end;
/// D is referred on day 100. Waiting for a first treatment at the month ends:
/// day 31 {B, C}, day 59 {B, C}, day 90 {B, C}, day 120 {B, C, D}, day 151 {C (148 days: over
/// 18 weeks), D}: 11 waiting over 5 month ends (mean 2.2), 1 of the 11 over 126 days.
@Suite("Incomplete pathways, counted by hand")
struct IncompletePathwayTests {
  func tinyRun() throws -> CareReplicationResult {
    let (loaded, area) = try loadCare(.oneStep)
    var design = loaded
    design.startDate = "2025-01-01"
    design.horizonDays = 160
    design.warmupDays = 0
    design.naturalHistory = .none
    design.services[0].capacity = CapacitySchedule(constant: 1)
    design.services[0].sessions = try Distribution.fixed(20)
    design.services[0].sessionInterval = 7
    design.services[0].providers = 1
    let population = SyntheticPopulation(area: area, seed: design.seed)
    let referrals = [1.0, 2, 3, 100].enumerated().map { index, day in
      Referral(day: day, person: Int32(index), route: .gp, episodeState: .mildModerate)
    }
    return CareSimulation.run(design, population: population, referrals: referrals, replication: 0)
  }

  @Test("people waiting at month ends and the share over 18 weeks")
  func monthEndCounts() throws {
    let result = try tinyRun()
    #expect(abs((result.metric("pathway.waiting.count") ?? .nan) - 2.2) < 1e-12)
    #expect(abs((result.metric("pathway.waiting.over_18_weeks.share") ?? .nan) - 1.0 / 11) < 1e-12)
    #expect(abs((result.metric("service.therapy.waiting.count") ?? .nan) - 2.2) < 1e-12)
    // Clock stops: A waits 0 days and B 132 (over 18 weeks).
    #expect(abs((result.metric("pathway.wait_first_treatment.mean") ?? .nan) - 66) < 1e-9)
    #expect(result.metric("pathway.within_18_weeks") == 0.5)
  }

  @Test("a list is counted at the last month end of each year")
  func yearEndCount() throws {
    let result = try tinyRun()
    let yearly = result.yearly.first { $0.name == "pathway.waiting.count" }
    // The 160-day run has no whole projection year: the one partial year keeps its last month end.
    #expect(yearly?.values.first == 2)
  }
}
