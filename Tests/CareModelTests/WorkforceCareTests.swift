import CareModel
import Foundation
import Population
import Scenario
import Testing

/// The workforce section in runs: its defaults change nothing, posts recruited on a date arrive
/// exactly the recruitment lead later, and a seasonal link-worker team serves its list.
@Suite("Workforce in care runs")
struct WorkforceCareTests {
  /// Every output of one replication as text, bit for bit (NaN as NaN).
  static func outputs(_ result: CareReplicationResult) -> [String] {
    let bits = { (value: Double) in value.isNaN ? "nan" : String(value.bitPattern) }
    return result.metrics.map { "\($0.name) \(bits($0.value))" }
      + result.yearly.map { "\($0.name) \($0.values.map(bits))" }
      + result.series.map { "\($0.name) \($0.values.map(bits))" }
      + result.breakdown.map { "\($0.dimension) \($0.group) \($0.metric) \(bits($0.value))" }
  }

  /// The reference year's values written out give the run without a workforce section, output
  /// for output.
  @Test("a workforce section at the defaults gives byte-identical results")
  func defaultsAreIdentical() throws {
    let (plain, area) = try loadCare(.oneStep, ["horizon=2y", "warmup=0.5y"])
    let (stated, _) = try loadCare(
      .oneStep,
      [
        "horizon=2y", "warmup=0.5y", "workforce.vacancy_rate=0", "workforce.annual_leave_weeks=7",
        "workforce.sickness_rate=0.05", "workforce.training_weeks=1", "workforce.clinical_share=0.52",
        "services.therapy.workforce.seasonal={summer: 1, christmas: 1}",
      ])
    let a = WorkforceCareTests.outputs(runOnce(plain, area))
    let b = WorkforceCareTests.outputs(runOnce(stated, area))
    #expect(a.count > 20)
    #expect(a == b)
  }

  /// One-step from 2024-04-01: two more therapists funded on 2025-04-01 with a 26-week lead
  /// arrive on 2025-09-30, as a plain change written for that date; a run of each with the same
  /// seed gives the same outputs, and differs from the change applied at the decision date.
  @Test("a recruited change equals the plain change dated the lead later")
  func recruitedEqualsDelayedChange() throws {
    let length = ["horizon=3y", "warmup=1y", "services.therapy.workforce.recruitment_lead=26w"]
    let (recruited, area) = try loadCare(
      .oneStep, length + ["changes=[{date: 2025-04-01, recruited: true, set: {services.therapy.wte: 3}}]"])
    let (delayed, _) = try loadCare(.oneStep, length + ["changes=[{date: 2025-09-30, set: {services.therapy.wte: 3}}]"])
    let (atOnce, _) = try loadCare(.oneStep, length + ["changes=[{date: 2025-04-01, set: {services.therapy.wte: 3}}]"])
    let a = WorkforceCareTests.outputs(runOnce(recruited, area))
    #expect(a == WorkforceCareTests.outputs(runOnce(delayed, area)))
    #expect(a != WorkforceCareTests.outputs(runOnce(atOnce, area)))
  }

  /// The hub's link workers at half capacity in summer and at Christmas: the team's places move
  /// with the season (capacity changes reach the link-worker list) and it keeps taking people.
  @Test("a seasonal link-worker team serves its list through the year")
  func seasonalLinkWorkers() throws {
    let length = ["horizon=1.5y", "warmup=0.25y", "risk.background_cmht_per_year=0"]
    let (design, area) = try loadCare(
      .hub, length + ["services.linkworker.workforce.seasonal={summer: 0.5, christmas: 0.5}"])
    let team = try #require(design.services.first { $0.id == "linkworker" })
    #expect(!team.capacity.isConstant)
    #expect(team.capacity.steps.map(\.capacity).min() == 105, "6 link workers x 35 places x 0.5")
    let result = runOnce(design, area)
    let starts = try #require(result.metrics.first { $0.name == "service.linkworker.starts.per_year" }?.value)
    #expect(starts > 50, "\(starts)")
    let identity = try #require(result.lists.first { $0.service == "linkworker" })
    #expect(identity.joined == identity.served + identity.cancelled + identity.waitingAtEnd)
  }
}
