import CareModel
import Foundation
import Population
import Scenario
import Testing

/// The missed-session limit counted in total or in a row, and call-backs that change nothing.
@Suite("Missed sessions and call-backs")
struct MissedSessionRuleTests {
  /// One replication of a shipped scenario with overrides.
  func run(_ scenario: ShippedScenario, _ overrides: [String]) throws -> CareReplicationResult {
    let (design, area) = try loadCare(scenario, overrides)
    return runOnce(design, area)
  }

  /// With a third of sessions missed and a limit of two, counting only misses in a row ends
  /// fewer courses early than counting every miss of a 42-session course: more sessions are
  /// attended, so the list is longer.
  @Test("counting misses in a row ends fewer courses than counting them in total")
  func inARowEndsFewerCourses() throws {
    let common = ["horizon=2y", "warmup=0.5y", "policies.dna.rate=0.33"]
    let total = try run(.oneStep, common)
    let inARow = try run(.oneStep, common + ["policies.dna.missed_count=in_a_row"])
    let a = try #require(total.metric("service.therapy.utilisation"))
    let b = try #require(inARow.metric("service.therapy.utilisation"))
    #expect(b > a + 0.05, "utilisation \(a) in total against \(b) in a row")
    #expect(throws: ScenarioError.self) { _ = try loadCare(.oneStep, ["policies.dna.missed_count=sometimes"]) }
  }

  /// Call-backs whose rate equals the rate without them change nothing but the calls: every
  /// output is the same except the calls made, their staff hours and the staff cost, which rises
  /// by exactly those hours at the call-back hourly cost.
  @Test("call-backs at the DNA rate give the same outputs as no call-backs, plus the calls' cost")
  func neutralCallbacks() throws {
    let common = ["horizon=1.25y", "warmup=0.25y", "policies.dna.rate=0.1"]
    let off = try run(.hub, common + ["policies.dna.callbacks=false"])
    let (design, area) = try loadCare(.hub, common + ["policies.dna.callbacks=true", "policies.dna.callback_rate=0.1"])
    let neutral = runOnce(design, area)
    #expect(off.metrics.map(\.name) == neutral.metrics.map(\.name))
    let costOfCalls = [
      "callbacks.per_year", "callbacks.staff_hours.per_year", "cost.staff.per_year", "cost.total.per_year",
      "cost.per_recovery", "cost.talking_therapies.per_year", "cost.discounted_total",
      "cost.talking_therapies.discounted_total",
    ]
    for (x, y) in zip(off.metrics, neutral.metrics) where !costOfCalls.contains(x.name) {
      #expect(x.value == y.value || (x.value.isNaN && y.value.isNaN), "\(x.name): \(x.value) against \(y.value)")
    }
    let hours = try #require(neutral.metric("callbacks.staff_hours.per_year"))
    let perHour = try #require(design.costs?.callbackHour)
    #expect(off.metric("callbacks.per_year") == 0)
    #expect(hours > 100, "calls take staff time: \(hours) hours a year")
    let staffRise =
      try #require(neutral.metric("cost.staff.per_year")) - (try #require(off.metric("cost.staff.per_year")))
    #expect(abs(staffRise - hours * perHour) < 1e-6 * staffRise, "staff cost +\(staffRise) for \(hours) hours")
  }
}
