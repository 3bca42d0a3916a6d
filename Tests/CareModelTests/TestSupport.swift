import CareModel
import Foundation
import Population
import Projection
import Scenario

/// The repository's `Scenarios` folder, found from this file's path.
let scenariosDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
  .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Scenarios").path

/// The shipped care scenarios the checks run.
enum ShippedScenario: String, Sendable {
  case standard2009 = "sandwell-standard-2009.yaml"
  case hub = "sandwell-hub.yaml"
  case today = "sandwell-2025.yaml"
  case oneStep = "teaching/one-step.yaml"

  var path: String { scenariosDirectory + "/" + rawValue }
}

/// True for the full checks (full horizon, more replications): STEPWELL_HEAVY=1, or a release
/// build. A care replication runs 30 to 250 times slower in debug than in release, so debug
/// builds use short runs.
let heavyChecks: Bool = {
  #if DEBUG
    return ProcessInfo.processInfo.environment["STEPWELL_HEAVY"] == "1"
  #else
    return true
  #endif
}()

/// How long the comparison runs are and how many replications they have.
///
/// Heavy: the scenarios' own horizon (6 years, 1 of warm-up) and 8 replications. Debug: a
/// 1.5-year horizon with half a year of warm-up and 3 replications. A short run starts empty
/// and its demand is still building (re-referrals and relapses lag), so it is lighter than
/// the full run: checks that need a regime (a tight step 3) choose it per length and verify
/// the regime before testing the effect.
struct RunLength: Sendable {
  let overrides: [String]
  let replications: Int

  static let full = RunLength(overrides: [], replications: 8)
  static let short = RunLength(overrides: ["horizon=1.5y", "warmup=0.5y"], replications: 3)
  /// The length the comparisons use in this build.
  static let current = heavyChecks ? full : short
}

/// Background admissions and background CMHT episodes draw their arrival times from separate
/// streams (`care.background` and `care.background.cmht`), so a design that changes the
/// admission rate (the hub's step-down) leaves the CMHT episodes arriving at the same times.
/// Each episode's course is not paired, though: it is drawn from a stream keyed by the episode's
/// patient number, and two designs number their patients differently once they admit or refer
/// different people, so their CMHT lists differ by chance. Short (debug) runs, with three
/// replications, cannot average that away, so they switch background CMHT episodes off in both
/// designs; heavy runs use the shipped designs unchanged.
let admissionNoiseControl = heavyChecks ? [] : ["risk.background_cmht_per_year=0"]

/// A missing or failed fixture.
struct FixtureError: Error, CustomStringConvertible {
  let description: String
}

/// Loads a shipped care scenario with `--set` overrides.
func loadCare(_ scenario: ShippedScenario, _ overrides: [String] = []) throws -> (CareDesign, Area) {
  let loaded = try LoadedScenario.load(path: scenario.path, overrides: overrides.map(SetOverride.init))
  guard let setup = loaded.design as? CareSetup else {
    throw FixtureError(description: "\(scenario.rawValue) is not a care scenario")
  }
  return (setup.design, setup.area)
}

/// The replications of one design (scenario plus overrides), run with the public API.
struct CareBatch: Sendable {
  let label: String
  let design: CareDesign
  let results: [CareReplicationResult]

  /// One value per replication (NaN when a replication lacks the metric).
  func values(_ metric: String) -> [Double] { results.map { $0.metric(metric) ?? .nan } }

  /// The mean over replications.
  func mean(_ metric: String) -> Double { mean(values(metric)) }

  func mean(_ values: [Double]) -> Double { values.reduce(0, +) / Double(values.count) }

  /// The summary of a metric as `metrics.csv` would give it.
  func summary(_ metric: String) -> MetricSummary { MetricSummary(name: metric, values: values(metric)) }

  /// The tables `stepwell run` writes from these replications.
  var tables: ReplicationTables {
    ReplicationTables(
      metrics: results.map(\.metrics), series: results.map(\.series),
      binStarts: results.first?.binStarts ?? [])
  }

  /// Local plus out-of-area bed days a year, per replication.
  var totalBedDays: [Double] {
    zip(values("beddays.per_year"), values("beddays.out_of_area.per_year")).map { $0 + $1 }
  }

  /// Local admissions a year (all admissions minus out-of-area ones), per replication.
  var localAdmissions: [Double] {
    zip(values("secondary.admissions.per_year"), values("secondary.admissions.out_of_area.per_year")).map {
      $0 - $1
    }
  }
}

/// The mean and standard error of paired per-replication differences (alternative minus base):
/// the designs share the seed, so replication i of each uses the same people and luck.
struct PairedDelta: CustomStringConvertible, Sendable {
  let mean: Double
  let standardError: Double
  let base: Double
  let alternative: Double

  init(base: [Double], alternative: [Double]) {
    precondition(base.count == alternative.count && base.count >= 2, "paired runs need 2+ replications each")
    let differences = zip(alternative, base).map { $0 - $1 }
    let n = Double(differences.count)
    let average = differences.reduce(0, +) / n
    let variance = differences.reduce(0) { $0 + ($1 - average) * ($1 - average) } / (n - 1)
    mean = average
    standardError = (variance / n).squareRoot()
    self.base = base.reduce(0, +) / n
    self.alternative = alternative.reduce(0, +) / n
  }

  /// Difference in standard errors (infinite when every replication moved by the same amount).
  var z: Double {
    standardError > 0 ? mean / standardError : (mean == 0 ? 0 : mean.sign == .minus ? -.infinity : .infinity)
  }

  var description: String {
    let format = { (x: Double) in String(format: "%.5g", x) }
    return
      "base \(format(base)), alternative \(format(alternative)), difference \(format(mean)) "
      + "(paired SE \(format(standardError)), z \(format(z)))"
  }
}

/// Paired difference of one metric between two batches.
func paired(_ base: CareBatch, _ alternative: CareBatch, _ metric: String) -> PairedDelta {
  PairedDelta(base: base.values(metric), alternative: alternative.values(metric))
}

/// Runs designs once and shares them between tests: the same scenario, overrides and
/// replication count give the same batch. Sandwell's population and inflow are built once per
/// (area, seed, referral settings, start day), as `CareRun` builds them.
actor CareRuns {
  static let shared = CareRuns()

  private var batches: [String: Task<CareBatch, any Error>] = [:]
  private var inflows: [String: Task<ReferralInflow, Never>] = [:]

  /// The batch of `scenario` with `overrides`, with replications 0..<`replications`.
  func batch(_ scenario: ShippedScenario, _ overrides: [String] = [], replications: Int) async throws
    -> CareBatch
  {
    let key = ([scenario.rawValue, String(replications)] + overrides).joined(separator: " ")
    if let task = batches[key] { return try await task.value }
    let task = Task.detached { () throws -> CareBatch in
      let (design, area) = try loadCare(scenario, overrides)
      let inflow = await CareRuns.shared.inflow(design: design, area: area)
      // One child task per replication: the tests' cooperative threads share all the work, and
      // none of them blocks waiting for a helper thread.
      let results = await withTaskGroup(of: (Int, CareReplicationResult).self) { group in
        for replication in 0..<replications {
          group.addTask {
            (
              replication,
              CareSimulation.run(design, population: inflow.population, inflow: inflow, replication: replication)
            )
          }
        }
        var slots = [CareReplicationResult?](repeating: nil, count: replications)
        for await (replication, result) in group { slots[replication] = result }
        return slots.compactMap { $0 }
      }
      return CareBatch(label: key, design: design, results: results)
    }
    batches[key] = task
    return try await task.value
  }

  /// The referral inflow `CareRun` would build for this design.
  func inflow(design: CareDesign, area: Area) async -> ReferralInflow {
    let day = dayOfYear(design.startDate)
    let key =
      "\(area.name) \(design.seed) \(design.newEpisodeShare) \(String(describing: design.referralsPerYear)) \(day)"
      + " \(area.referrals.gradient) \(String(describing: design.openDoor))"
    if let task = inflows[key] { return await task.value }
    let task = Task.detached { () -> ReferralInflow in
      let population = SyntheticPopulation(area: area, seed: design.seed)
      return ReferralInflow(
        population: population, newEpisodeShare: design.newEpisodeShare,
        referralsPerYear: design.referralsPerYear, startDayOfYear: day, openDoor: design.openDoor)
    }
    inflows[key] = task
    return await task.value
  }
}

/// Day of the year (0 = 1 January) of an ISO date, as `CareRun` computes it for the inflow.
func dayOfYear(_ date: String) -> Double {
  guard let day = DurationText.parseDate(date),
    let january = DurationText.parseDate(String(date.prefix(4)) + "-01-01")
  else { return 0 }
  return day.timeIntervalSince(january) / 86_400
}

/// Batches of the current run length for several designs, started together.
func careBatches(_ designs: [(ShippedScenario, [String])]) async throws -> [CareBatch] {
  try await withThrowingTaskGroup(of: (Int, CareBatch).self) { group in
    for (index, design) in designs.enumerated() {
      group.addTask { (index, try await careBatch(design.0, design.1)) }
    }
    var batches = [CareBatch?](repeating: nil, count: designs.count)
    for try await (index, batch) in group { batches[index] = batch }
    return batches.compactMap { $0 }
  }
}

/// A batch of the current run length.
func careBatch(_ scenario: ShippedScenario, _ overrides: [String] = [], length: RunLength = .current) async throws
  -> CareBatch
{
  try await CareRuns.shared.batch(scenario, length.overrides + overrides, replications: length.replications)
}

/// Runs `work` on a thread of its own, so code that blocks (`CareRun` waits for its worker
/// threads) never holds one of the few threads Swift concurrency runs the tests on.
func onOwnThread<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
  try await withCheckedThrowingContinuation { continuation in
    let thread = Thread {
      do { continuation.resume(returning: try work()) } catch { continuation.resume(throwing: error) }
    }
    thread.start()
  }
}

/// Prints a measured value when STEPWELL_CARE_REPORT=1, to retune ranges or report numbers.
func report(_ line: @autoclosure () -> String) {
  guard ProcessInfo.processInfo.environment["STEPWELL_CARE_REPORT"] == "1" else { return }
  print("[care] \(line())")
}

/// One replication of `design` over `area`'s synthetic population, with the inflow `CareRun`
/// would build.
func runOnce(_ design: CareDesign, _ area: Area, replication: Int = 0) -> CareReplicationResult {
  let population = SyntheticPopulation(area: area, seed: design.seed)
  let inflow = ReferralInflow(
    population: population, newEpisodeShare: design.newEpisodeShare, referralsPerYear: design.referralsPerYear,
    startDayOfYear: dayOfYear(design.startDate), openDoor: design.openDoor)
  return CareSimulation.run(design, population: population, inflow: inflow, replication: replication)
}
