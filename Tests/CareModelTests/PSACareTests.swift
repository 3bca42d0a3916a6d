import Foundation
import Projection
import Scenario
import Testing

/// `stepwell psa` on the Sandwell hub against 2009 with the shared default ranges
/// (`uncertainty: defaults`). Heavy only (release): two-year runs of a few draws.
@Suite("Probabilistic sensitivity analysis on the care model", .enabled(if: heavyChecks))
struct PSACareTests {
  static let short = [try! SetOverride("horizon=2y")]

  @Test("2009 against the hub: every default applies where it can, and the cost-effectiveness is complete")
  func hubAgainst2009() throws {
    let run = try PSARun(
      request: PSARequest(
        basePath: ShippedScenario.standard2009.path, altPath: ShippedScenario.hub.path, draws: 8, replications: 1,
        overrides: PSACareTests.short),
      options: RunOptions())
    let keys = run.sampling.columns.map(\.key)
    let position = { (key: String) throws -> Int in try #require(keys.firstIndex(of: key), "\(key)") }
    // The open door and the link workers exist only in the hub.
    #expect(!run.designInputs[0].applies(try position("referrals.open_door.propensity")))
    #expect(run.designInputs[1].applies(try position("referrals.open_door.propensity")))
    #expect(!run.designInputs[0].applies(try position("costs.unit_costs.staff_wte_year.linkworker.value")))
    #expect(run.designInputs[1].applies(try position("costs.unit_costs.staff_wte_year.linkworker.value")))
    // A price both designs pay applies to both, although neither file writes a costs section.
    #expect(run.designInputs.allSatisfy { $0.applies(keys.firstIndex(of: "costs.unit_costs.bed_day.value")!) })
    let ce = try #require(run.costEffectiveness)
    #expect(ce.incrementalCost.count == 8 && ce.incrementalQALY.allSatisfy(\.isFinite))
    let curve = ce.thresholds.map(ce.probabilityCostEffective)
    #expect(curve.allSatisfy { (0...1).contains($0) } && curve.count == 51)
    #expect(ce.thresholds.allSatisfy { ce.evpi(at: $0) >= 0 })
    #expect(!(run.tornado?.bars.isEmpty ?? true))
    let drawn = try #require(run.replicationValues("cost.total.per_year", design: 1))
    #expect(drawn.count == 8 && drawn.allSatisfy { $0.count == 1 })
  }

  @Test("with every input fixed at the scenario's value, the care PSA is exactly the plain run")
  func zeroWidthCare() throws {
    let fixed = [
      try SetOverride(
        "uncertainty={pathway.recovery.step2: {distribution: fixed, value: 0.51}, policies.dna.rate: {distribution: beta, mean: 0.1, sd: 0}}"
      )
    ]
    let psa = try PSARun(
      request: PSARequest(
        basePath: ShippedScenario.standard2009.path, altPath: nil, draws: 2, replications: 2,
        overrides: PSACareTests.short + fixed),
      options: RunOptions())
    let plain = try LoadedScenario.load(
      path: ShippedScenario.standard2009.path,
      overrides: PSACareTests.short + [try SetOverride("replications=4")]
    ).projected.run(options: RunOptions())
    for name in [
      "pathway.wait_first_treatment.mean", "recovery.rate", "beddays.per_year", "suicides.expected.per_year",
    ] {
      let m = try #require(plain.tables.metrics[0].firstIndex { $0.name == name })
      let drawn = try #require(psa.replicationValues(name, design: 0)).flatMap { $0 }
      #expect(drawn == plain.tables.metrics.map { $0[m].value }, "\(name)")
    }
  }
}
