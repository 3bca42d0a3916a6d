import CareModel
import Foundation
import Population
import Projection
import Scenario
import Testing

/// The largest yearly drift accepted in a settled series (share of its mean a year).
private let flatTolerancePerYear = 0.02
/// Replications whose slopes are averaged: out-of-area bed days vary most. With the era's beds
/// (the 2009 and hub files: about 2,100 out-of-area days a year, fewer than before) 20 gave a
/// standard error of 1.1% to 1.2% a year (measured), over half the tolerance; 32 bring it to
/// about 0.9%.
private let stationarityReplications = 32
/// The shipped scenarios a commissioner runs (the teaching presets are checked elsewhere).
private let readyScenarios = [
  "sandwell-standard-2009.yaml", "sandwell-hub.yaml", "sandwell-hub-no-callbacks.yaml",
  "sandwell-hub-step3-plus2.yaml", "ipswich-iwa.yaml", "sandwell-2025.yaml", "sandwell-2009-to-hub.yaml",
  "sandwell-2025-workforce.yaml",
]
/// Standard errors of the fitted drift allowed beyond the tolerance: a series fails only when
/// its drift is beyond 2% a year by more than chance explains (one-sided 2.5%).
private let driftStandardErrors = 1.96
/// The yearly series that must settle: they drift for ever if untreated illness never ends.
private let settledSeries = ["crises", "secondary.admissions", "beddays", "beddays.out_of_area"]

/// With constant demand (no population growth) every yearly series settles: remission ends
/// untreated episodes, so crises, admissions and bed days stop climbing. Each ready scenario runs
/// 16 years with 6 of warm-up; the least-squares slope of each series over the 10 projection
/// years, as a share of its mean, stays within 2% a year of flat (the mean of each replication's
/// slope, allowing for its standard error; a series too noisy to tell fails too).
@Suite("Stationarity: yearly series settle under constant demand", .enabled(if: heavyChecks))
struct StationarityTests {
  /// Each replication's projection-year values of every settled series, for `scenario` run 16
  /// years (6 of warm-up) over an area whose referrals do not grow.
  static func yearly(_ scenario: String) async throws -> [String: [[Double]]] {
    let path = scenariosDirectory + "/" + scenario
    let loaded = try LoadedScenario.load(
      path: path, overrides: ["horizon=16y", "warmup=6y"].map(SetOverride.init))
    let setup = try #require(loaded.design as? CareSetup)
    let design = setup.design
    var area = setup.area
    area.referrals.growthPerYear = 0
    area.referrals.stepChanges = []
    let population = SyntheticPopulation(area: area, seed: design.seed)
    let inflow = ReferralInflow(
      population: population, newEpisodeShare: design.newEpisodeShare, referralsPerYear: design.referralsPerYear,
      startDayOfYear: dayOfYear(design.startDate), openDoor: design.openDoor)
    let results = await withTaskGroup(of: CareReplicationResult.self) { group in
      for replication in 0..<stationarityReplications {
        group.addTask { CareSimulation.run(design, population: population, inflow: inflow, replication: replication) }
      }
      var all: [CareReplicationResult] = []
      for await result in group { all.append(result) }
      return all
    }
    var rows: [String: [[Double]]] = [:]
    for name in settledSeries {
      let values = results.compactMap { $0.yearlyValues(name) }
      if values.count == results.count { rows[name] = values }
    }
    return rows
  }

  /// Least-squares slope of `values` against 0, 1, 2, ... (per step).
  static func slope(_ values: [Double]) -> Double {
    let n = Double(values.count)
    let xMean = (n - 1) / 2
    let yMean = values.reduce(0, +) / n
    var sxy = 0.0
    var sxx = 0.0
    for (x, y) in values.enumerated() {
      sxy += (Double(x) - xMean) * (y - yMean)
      sxx += (Double(x) - xMean) * (Double(x) - xMean)
    }
    return sxy / sxx
  }

  @Test("crises, admissions and bed days are flat within 2% a year", arguments: readyScenarios)
  func settles(_ scenario: String) async throws {
    let yearly = try await StationarityTests.yearly(scenario)
    for name in settledSeries {
      let rows = try #require(yearly[name], "\(scenario): no yearly \(name)")
      #expect(rows.allSatisfy { $0.count == 10 })
      let n = Double(rows.count)
      let level = rows.reduce(0) { $0 + $1.reduce(0, +) } / (n * 10)
      guard level > 0 else { continue }
      let drifts = rows.map { StationarityTests.slope($0) / level }
      let drift = drifts.reduce(0, +) / n
      let spread = (drifts.reduce(0) { $0 + ($1 - drift) * ($1 - drift) } / (n - 1)).squareRoot()
      let error = spread / n.squareRoot()
      report("\(scenario) \(name): level \(level), drift \(drift) a year (standard error \(error))")
      #expect(
        abs(drift) <= flatTolerancePerYear + driftStandardErrors * error,
        "\(scenario) \(name): drift \(drift) a year (standard error \(error))")
      #expect(error <= flatTolerancePerYear / 2, "\(scenario) \(name): too noisy to tell (standard error \(error))")
    }
  }
}
