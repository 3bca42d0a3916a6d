import Foundation
import Scenario
import Testing

@testable import TeachingServer

/// The catalog reads each preset's scenario once; a request applies typed overrides to that tree.
@Suite struct PresetCatalogTests {
  @Test func aRequestReadsNoScenarioFile() throws {
    let copy = FileManager.default.temporaryDirectory.appendingPathComponent("stepwell-presets-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: copy) }
    try FileManager.default.copyItem(atPath: scenariosDirectory, toPath: copy.path)
    let catalog = try PresetCatalog(scenariosDirectory: copy.path)
    try FileManager.default.removeItem(atPath: catalog.path(.oneStep))
    let request = SimulationRequest(preset: .oneStep, staffWTE: 1.5, replications: 1, years: 1)
    let reply = try TeachingRun.simulate(request, catalog: catalog)
    let fresh = try TeachingRun.simulate(request, catalog: try sharedCatalog.get())
    #expect(reply.inputs.staffWTE == 1.5)
    #expect(reply.run.places == fresh.run.places)
    #expect(reply.metrics == fresh.metrics)
  }

  @Test func thePlanSetsEachControlAsATypedValue() throws {
    let defaults = try #require(try sharedCatalog.get().defaults(.sandwellHub))
    let request = SimulationRequest(
      preset: .sandwellHub, referralsPerWeek: 70, staffWTE: 12.5, sessionsPerCourse: 9, dnaRate: 0.2, callbacks: true,
      replications: 2, years: 2, seed: 11)
    let plan = try RunPlan(request: request, defaults: defaults)
    let values = Dictionary(uniqueKeysWithValues: plan.overrides(mainService: "step3").map { ($0.key, $0.value) })
    #expect(values["referrals.per_year"] == "\(70 * 365.25 / 7)")
    #expect(values["services.step3.wte"] == "12.5")
    #expect(values["services.step3.sessions.mean"] == "\(9 - defaults.sessionShift)")
    #expect(values["policies.dna.rate"] == "0.2")
    #expect(values["policies.dna.callbacks"] == "true")
    #expect(values["replications"] == "2")
    #expect(values["seed"] == "11")
    #expect(values["horizon"] == "2y")
    #expect(values["warmup"] == "\(plan.warmupDays)d")
  }

  @Test func aValueTheScenarioRefusesNamesItsKey() throws {
    let catalog = try sharedCatalog.get()
    let error = #expect(throws: TeachingError.self) {
      try TeachingRun.simulate(SimulationRequest(preset: .oneStep, staffWTE: -1, replications: 1), catalog: catalog)
    }
    guard case .badRequest(let message) = try #require(error) else {
      Issue.record("expected a bad request, got \(String(describing: error))")
      return
    }
    #expect(message.contains("services.therapy.wte"), "\(message)")
  }
}
