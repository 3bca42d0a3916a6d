import CareModel
import Projection
import Scenario
import Testing

@Suite("Same seed, same output")
struct DeterminismTests {
  /// A short hub run: long enough for every service to be used, cheap in debug.
  static let window = heavyChecks ? ["horizon=2y", "warmup=0.5y"] : ["horizon=0.75y", "warmup=0.25y"]
  static let replications = heavyChecks ? 4 : 2

  /// `stepwell run` on the hub with `--set` for the window and replications, on `threads` threads.
  static func run(threads: Int, extra: [String] = []) async throws -> CareRun {
    let (design, area) = try loadCare(.hub, window + ["replications=\(replications)"] + extra)
    return try await onOwnThread { CareRun(design: design, area: area, options: RunOptions(threads: threads)) }
  }

  /// `metrics.csv` is byte-identical for two runs with the same seed, for one thread against two,
  /// and for this target's own runner (shared population, `CareSimulation.run` per
  /// replication); another seed changes it.
  @Test("metrics.csv is byte-identical across runs and thread counts")
  func sameSeedSameMetrics() async throws {
    let first = try await Self.run(threads: 2)
    let second = try await Self.run(threads: 2)
    let single = try await Self.run(threads: 1)
    #expect(first.replications.count == Self.replications)
    #expect(first.tables.metricsCSV == second.tables.metricsCSV)
    #expect(first.tables.metricsCSV == single.tables.metricsCSV)
    #expect(first.tables.replicationsCSV == single.tables.replicationsCSV)
    #expect(first.tables.timeseriesCSV == single.tables.timeseriesCSV)

    let shared = try await CareRuns.shared.batch(.hub, Self.window, replications: Self.replications)
    #expect(shared.tables.metricsCSV == first.tables.metricsCSV)

    let reseeded = try await Self.run(threads: 2, extra: ["seed=2010"])
    #expect(reseeded.tables.metricsCSV != first.tables.metricsCSV)
  }
}
