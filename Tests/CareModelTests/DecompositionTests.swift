import CareModel
import Foundation
import Projection
import Scenario
import Testing

/// Relative tolerance of an exact identity computed through floating-point sums.
private let roundingTolerance = 1e-9
/// How far the effects alone may miss ALT minus BASE for a metric only one lever moves (share of
/// the difference): the other lever's effect on it is zero in expectation, and paired noise of a
/// few replications stays well inside this.
private let additiveTolerance = 0.1

/// `stepwell compare --decompose`: levers switched alone and cumulatively.
@Suite("Decomposition of a comparison into levers")
struct DecompositionTests {
  /// A scenario in `folder` that extends the one-step teaching scenario with `body` appended.
  func writeVariant(in folder: URL, _ body: String) throws -> String {
    let parent = URL(fileURLWithPath: ShippedScenario.oneStep.path).standardizedFileURL.path
    let up = String(repeating: "../", count: folder.standardizedFileURL.pathComponents.count - 1)
    let text = "version: 1\nname: one-step-variant\nextends: \(up)\(parent.dropFirst())\n" + body
    let url = folder.appendingPathComponent("variant.yaml")
    try Data(text.utf8).write(to: url)
    return url.path
  }

  func run(_ loaded: LoadedScenario, replications: Int) throws -> CareRun {
    var setup = try #require(loaded.design as? CareSetup)
    setup.replications = replications
    return CareRun(design: setup, options: RunOptions(threads: 2))
  }

  @Test("the cumulative effects add up to ALT minus BASE; a metric one lever moves adds up alone too")
  func addsUp() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("stepwell-levers-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let alt = try writeVariant(
      in: folder,
      """
      services:
        therapy:
          wte: 3                          # assumption (D)
      policies:
        dna:
          rate: 0.1                       # dna_rate_per_session (B)

      """)
    let overrides = try ["horizon=2y", "warmup=0.5y"].map(SetOverride.init)
    let set = try LeverSet(base: ShippedScenario.oneStep.path, alt: alt, overrides: overrides)
    #expect(set.levers.map(\.name) == ["services.therapy", "policies.dna"])
    #expect(set.levers.map(\.grade) == ["D", "B"])
    let replications = 4
    let base = try run(
      try LoadedScenario.load(path: ShippedScenario.oneStep.path, overrides: overrides), replications: replications)
    let altRun = try run(
      try LoadedScenario.load(path: alt, overrides: overrides + [try SetOverride("seed=1")]), replications: replications
    )
    let metrics = ["pathway.wait_first_treatment.mean", "dna.rate", "service.therapy.utilisation"]
    let decomposition = try Decomposition(
      set: set, base: base, alt: altRun, metrics: metrics, replications: replications, options: RunOptions(threads: 2))
    let total = PairedComparison(base: base.tables, alt: altRun.tables)
    for metric in metrics {
      let whole = try #require(total.row(metric)?.difference?.mean)
      let cumulative = decomposition.rows.filter { $0.metric == metric && $0.mode == "cumulative" }
      let sum = cumulative.reduce(0) { $0 + ($1.effect?.mean ?? .nan) }
      #expect(abs(sum - whole) <= roundingTolerance * max(1, abs(whole)), "\(metric): \(sum) against \(whole)")
      let shares = cumulative.reduce(0) { $0 + ($1.share ?? .nan) }
      #expect(abs(shares - 1) <= 1e-6, "\(metric): shares \(shares)")
    }
    let dnaAlone = decomposition.rows.filter { $0.metric == "dna.rate" && $0.mode == "alone" }
    let dnaWhole = try #require(total.row("dna.rate")?.difference?.mean)
    let dnaSum = dnaAlone.reduce(0) { $0 + ($1.effect?.mean ?? .nan) }
    #expect(abs(dnaSum - dnaWhole) <= additiveTolerance * abs(dnaWhole), "\(dnaSum) against \(dnaWhole)")
    #expect(decomposition.csv.hasPrefix("lever,mode,metric,effect_mean,ci_low,ci_high,share_of_total,evidence_grade\n"))

    let pair = try DesignPair.load(base: ShippedScenario.oneStep.path, alt: alt, overrides: overrides)
    var options = RunOptions(threads: 2)
    options.precision = nil
    let comparison = ComparisonRun(pair: pair, options: options)
    let levers = try Decomposition(
      set: set, base: comparison.base, alt: comparison.alt, metrics: comparison.keyMetrics,
      replications: comparison.base.replicationCount, options: options)
    let report = try #require(comparison.report(with: levers))
    #expect(report.contains("Which levers carry the difference") && report.contains("policies.dna"))
    #expect(comparison.reportHTML?.contains("Which levers carry the difference") == false)
  }

  /// The hub with every lever set back to its 2009 value is 2009: the same outputs, exactly.
  @Test("the hub with every lever set back to 2009 gives 2009's outputs exactly")
  func everyLeverBack() throws {
    let overrides = try ["horizon=1y", "warmup=0.25y"].map(SetOverride.init)
    let set = try LeverSet(base: ShippedScenario.hub.path, alt: ShippedScenario.standard2009.path, overrides: overrides)
    #expect(set.levers.contains { $0.name == "policies.dna" } && set.levers.contains { $0.name == "start_date" })
    let back = try run(try set.scenario(with: set.levers), replications: 1)
    let standard = try run(
      try LoadedScenario.load(path: ShippedScenario.standard2009.path, overrides: overrides), replications: 1)
    let a = back.replications[0].metrics
    let b = standard.replications[0].metrics
    #expect(a.map(\.name) == b.map(\.name))
    for (x, y) in zip(a, b) {
      #expect(x.value == y.value || (x.value.isNaN && y.value.isNaN), "\(x.name): \(x.value) against \(y.value)")
    }
  }
}
