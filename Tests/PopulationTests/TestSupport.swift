import Foundation
import Population
import Scenario

/// The repository's `Scenarios` folder, found from this file's path.
let scenariosDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
  .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Scenarios").path

/// The master seed of the statistical tests: fixed so results are reproducible.
let testSeed: UInt64 = 20_110_401

/// An area loaded from `Scenarios/areas/<name>.yaml`.
func loadArea(_ name: String) throws -> Area {
  try AreaLoader.load(name: name, scenariosDirectory: scenariosDirectory)
}

/// Sandwell's population with the test seed, drawn once and shared by the tests.
let sandwellPopulation: SyntheticPopulation? = {
  guard let area = try? loadArea("sandwell") else { return nil }
  return SyntheticPopulation(area: area, seed: testSeed)
}()

/// Sandwell's calibrated inflow (new-episode share 0.75), shared by the tests.
let sandwellInflow: ReferralInflow? = sandwellPopulation.map { ReferralInflow(population: $0) }

/// A missing fixture.
struct MissingFixture: Error, CustomStringConvertible {
  let description: String
}

/// Sandwell's population, or a thrown error when the area file does not load.
func sandwell() throws -> SyntheticPopulation {
  guard let population = sandwellPopulation else {
    _ = try loadArea("sandwell")
    throw MissingFixture(description: "Sandwell's population could not be built")
  }
  return population
}

/// Sandwell's inflow, or a thrown error.
func sandwellReferrals() throws -> ReferralInflow {
  guard let inflow = sandwellInflow else { throw MissingFixture(description: "no Sandwell inflow") }
  return inflow
}

/// The standard error of a proportion p observed in n people.
func proportionSE(_ p: Double, _ n: Int) -> Double { (p * (1 - p) / Double(n)).squareRoot() }

/// People in `population` for whom `include` is true.
func count(_ population: SyntheticPopulation, where include: (Person) -> Bool) -> Int {
  population.people.reduce(0) { $0 + (include($1) ? 1 : 0) }
}
