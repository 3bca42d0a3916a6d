import Foundation
import Testing

@testable import TeachingServer

/// The pieces behind the API: request parsing, the limiter, the bars and the theory.
@Suite struct ModelTests {
  @Test func parsesAFullRequest() throws {
    let body = #"""
      {"preset": "sandwell-hub", "referrals_per_week": 150, "staff_wte": 22.5, "sessions_per_course": 10,
       "dna_rate": 0.08, "callbacks": false, "replications": 3, "years": 2, "seed": 99}
      """#
    let request = try SimulationRequest(json: Data(body.utf8))
    #expect(
      request
        == SimulationRequest(
          preset: .sandwellHub, referralsPerWeek: 150, staffWTE: 22.5, sessionsPerCourse: 10, dnaRate: 0.08,
          callbacks: false, replications: 3, years: 2, seed: 99))
  }

  @Test func nullKeepsThePresetValue() throws {
    let request = try SimulationRequest(json: Data(#"{"preset": "one-step", "staff_wte": null}"#.utf8))
    #expect(request.staffWTE == nil)
  }

  @Test func limiterRefusesBeyondCapacity() {
    let limiter = SimulationLimiter(capacity: 2)
    #expect(limiter.tryAcquire())
    #expect(limiter.tryAcquire())
    #expect(!limiter.tryAcquire())
    limiter.release()
    #expect(limiter.tryAcquire())
    #expect(limiter.inUse == 2)
    #expect(!SimulationLimiter(capacity: 0).tryAcquire())
  }

  @Test(arguments: [(nil as Double?, 2.0), (4.0, 1.0), (13.4, 5.0), (100.0, 28.0), (1e6, 364.0)])
  func barWidthFollowsThe90thPercentile(_ example: (p90: Double?, width: Double)) {
    #expect(WaitDistribution.width(p90: example.p90) == example.width)
  }

  @Test func planAppliesDefaultsAndCapsTheWarmUp() throws {
    let catalog = try sharedCatalog.get()
    let defaults = try #require(catalog.defaults(.oneStep))
    let plan = try RunPlan(request: SimulationRequest(preset: .oneStep, years: 2), defaults: defaults)
    #expect(plan.staffWTE == 2)
    #expect(plan.warmupDays == 2 * 365.25 / 4)
    let keys = plan.overrides(mainService: "therapy").map(\.key)
    #expect(keys.contains("services.therapy.sessions.mean"))
    #expect(keys.contains("horizon"))
  }

  @Test func theoryBarsAddUpToOne() throws {
    let catalog = try sharedCatalog.get()
    let reply = try TeachingRun.simulate(
      SimulationRequest(preset: .oneStep, replications: 1, years: 1), catalog: catalog)
    let theory = try #require(reply.theory)
    let total = reply.waits.bins.compactMap(\.theory).reduce(0, +)
    #expect(abs(total - 1) < 1e-9)
    #expect(theory.curve.count > 10)
    #expect(theory.curve.map(\.waitMeanDays) == theory.curve.map(\.waitMeanDays).sorted(), "waits rise with load")
  }
}

/// The bars' names.
@Suite struct WaitLabelTests {
  @Test func weeksWhenEveryEdgeIsAWholeWeek() {
    #expect(WaitDistribution.labels(edges: [42, 126]) == ["up to 6 wk", "6\u{2013}18 wk", "over 18 wk"])
  }

  @Test func daysOtherwise() {
    #expect(
      WaitDistribution.labels(edges: [0, 5, 10]) == ["no wait", "up to 5 d", "5\u{2013}10 d", "over 10 d"])
  }
}
