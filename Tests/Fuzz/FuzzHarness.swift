import CareModel
import Foundation
import Population
import QueueingNetwork
import Scenario
import Synchronization

/// Loads a mutant as `stepwell validate` does and, when asked, runs it briefly in-process: one
/// replication over a short horizon with a small event limit.
enum FuzzHarness {
  /// Days (care) or time units (network) a bounded run simulates at most.
  static let shortHorizon = 60.0
  /// Events a bounded run may handle.
  static let eventLimit = 200_000
  /// Seconds one mutant may take (load and bounded run).
  static let timeLimit = 20.0
  /// Populations larger than this are validated but not run (generating them is slow).
  static let largestRunPopulation = 500_000

  /// Synthetic populations of the unmutated areas, by area name, built once.
  static let populations = Mutex<[String: SyntheticPopulation]>([:])

  /// The outcome of loading the scenario at `path` with `overrides`, then (when `run`) a bounded run.
  static func outcome(path: String, overrides: [String], run: Bool, areaMutated: Bool) -> (FuzzOutcome, Bool) {
    let started = Date()
    var ran = false
    let outcome: FuzzOutcome
    do {
      let loaded = try LoadedScenario.load(path: path, overrides: try overrides.map(SetOverride.init))
      if run {
        ran = true
        outcome = try bounded(loaded, areaMutated: areaMutated) ? .accepted : .eventLimit
      } else {
        outcome = .accepted
      }
    } catch is ScenarioError {
      outcome = .refused
    } catch {
      outcome = .failure("\(type(of: error)): \(error)")
    }
    let seconds = Date().timeIntervalSince(started)
    if seconds > timeLimit { return (.failure("took \(Int(seconds)) s"), ran) }
    return (outcome, ran)
  }

  /// The outcome of loading area-file text directly.
  static func areaOutcome(text: String, file: String) -> FuzzOutcome {
    do {
      _ = try AreaLoader.parse(text, file: file)
      return .accepted
    } catch is ScenarioError {
      return .refused
    } catch {
      return .failure("\(type(of: error)): \(error)")
    }
  }

  /// Runs one short replication; false when it stopped at the event limit.
  static func bounded(_ loaded: LoadedScenario, areaMutated: Bool) throws -> Bool {
    if var network = loaded.design as? NetworkDesign {
      network.horizon = min(network.horizon, shortHorizon)
      network.warmup = min(network.warmup, network.horizon / 2)
      return !NetworkSimulation.run(network, replication: 0, eventLimit: eventLimit).stoppedAtEventLimit
    }
    guard let setup = loaded.design as? CareSetup else { return true }
    let area = setup.area
    guard area.population <= largestRunPopulation else { return true }
    var design = setup.design
    design.horizonDays = min(design.horizonDays, shortHorizon)
    design.warmupDays = min(design.warmupDays, design.horizonDays / 2)
    let population = areaMutated ? SyntheticPopulation(area: area, seed: 1) : cachedPopulation(area)
    let inflow = ReferralInflow(
      population: population, newEpisodeShare: design.newEpisodeShare, referralsPerYear: design.referralsPerYear,
      openDoor: design.openDoor)
    let result = CareSimulation.run(
      design, population: population, inflow: inflow, replication: 0, eventLimit: eventLimit)
    return !result.stoppedAtEventLimit
  }

  static func cachedPopulation(_ area: Area) -> SyntheticPopulation {
    if let cached = populations.withLock({ $0[area.name] }) { return cached }
    let population = SyntheticPopulation(area: area, seed: 1)
    populations.withLock { $0[area.name] = population }
    return population
  }
}
