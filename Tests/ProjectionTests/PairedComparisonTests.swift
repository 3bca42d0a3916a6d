import Foundation
import Projection
import QueueingNetwork
import Scenario
import Stochastics
import Testing

/// Network runs of the M/M/3 clinic, shortened, for the comparison tests.
enum ClinicPair {
  static let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Scenarios/queueing/mmc-clinic.yaml").path

  /// The clinic with `servers` clinicians, 12 replications of 4,000 days.
  static func run(servers: Int, threads: Int = 2) throws -> NetworkRun {
    let overrides = try ["horizon=4000", "warmup=400", "replications=12", "nodes.clinic.servers=\(servers)"]
      .map { try SetOverride($0) }
    guard let scenario = try LoadedScenario.load(path: file, overrides: overrides).design as? NetworkDesign else {
      throw ClinicError.notNetwork
    }
    return NetworkRun(design: scenario, options: RunOptions(threads: threads))
  }

  enum ClinicError: Error { case notNetwork }

  /// Each replication's value of a metric.
  static func values(_ run: NetworkRun, _ metric: String) -> [Double] {
    run.replications.compactMap { $0.metric(metric) }
  }
}

@Suite("Paired comparison")
struct PairedComparisonTests {
  @Test(
    "with common random numbers the paired interval is narrower than Welch's on the same runs",
    arguments: ["node.clinic.wait.mean", "node.clinic.queue_length.mean", "system.sojourn.mean"])
  func pairedNarrowerThanWelch(metric: String) throws {
    let base = try ClinicPair.run(servers: 3)
    let alt = try ClinicPair.run(servers: 4)
    let b = ClinicPair.values(base, metric)
    let a = ClinicPair.values(alt, metric)
    try #require(a.count == 12 && b.count == 12)
    let paired = try #require(PairedDifference(metric: metric, base: b, alt: a).difference?.halfWidth)
    // Welch: se = sqrt(s_a^2/n_a + s_b^2/n_b), Welch-Satterthwaite degrees of freedom (rounded down).
    let sa = MetricSummary(name: "a", values: a)
    let sb = MetricSummary(name: "b", values: b)
    let va = sa.sd * sa.sd / Double(a.count)
    let vb = sb.sd * sb.sd / Double(b.count)
    let df = (va + vb) * (va + vb) / (va * va / Double(a.count - 1) + vb * vb / Double(b.count - 1))
    let welch = StudentT.quantile(0.975, degreesOfFreedom: Int(df.rounded(.down))) * (va + vb).squareRoot()
    #expect(paired < welch, "paired half-width \(paired) vs Welch \(welch)")
  }

  @Test("care: the hub with two more step-3 WTE against the hub, paired narrower than Welch")
  func carePairedNarrowerThanWelch() throws {
    let root = URL(fileURLWithPath: ClinicPair.file).deletingLastPathComponent().deletingLastPathComponent()
    let overrides = try ["horizon=2y", "warmup=1y", "replications=4"].map { try SetOverride($0) }
    let pair = try DesignPair.load(
      base: root.appendingPathComponent("sandwell-hub.yaml").path,
      alt: root.appendingPathComponent("sandwell-hub-step3-plus2.yaml").path, overrides: overrides)
    let run = ComparisonRun(pair: pair, options: RunOptions(threads: 2))
    for metric in ["service.step3.utilisation", "cost.total.per_year", "suicides.expected.population.per_year"] {
      let b = run.base.tables.metrics.compactMap { $0.first { $0.name == metric }?.value }
      let a = run.alt.tables.metrics.compactMap { $0.first { $0.name == metric }?.value }
      let paired = try #require(run.comparison.row(metric)?.difference?.halfWidth)
      #expect(paired < PairedComparisonTests.welchHalfWidth(a, b), "\(metric)")
    }
  }

  /// Welch's 95% half-width for the difference of two independent means.
  static func welchHalfWidth(_ a: [Double], _ b: [Double]) -> Double {
    let sa = MetricSummary(name: "a", values: a)
    let sb = MetricSummary(name: "b", values: b)
    let va = sa.sd * sa.sd / Double(a.count)
    let vb = sb.sd * sb.sd / Double(b.count)
    let df = (va + vb) * (va + vb) / (va * va / Double(a.count - 1) + vb * vb / Double(b.count - 1))
    return StudentT.quantile(0.975, degreesOfFreedom: max(1, Int(df.rounded(.down)))) * (va + vb).squareRoot()
  }

  @Test("a design compared with itself differs by exactly zero everywhere")
  func selfComparison() throws {
    let run = try ClinicPair.run(servers: 3)
    let comparison = PairedComparison(base: run.tables, alt: run.tables)
    #expect(comparison.rows.count == run.summaries.count)
    for row in comparison.rows where row.baseMean?.isFinite == true {
      #expect(row.difference?.mean == 0, "\(row.metric)")
      #expect(row.significant == false, "\(row.metric)")
    }
  }

  @Test("comparison.csv: columns, absent metrics left empty, significance from the paired interval")
  func handBuilt() {
    // a: ALT = BASE + 1 in every replication, so the interval is [1, 1] and excludes zero.
    // b: differences -1, 1, 0: mean 0, the interval contains zero.
    // c: only BASE has it; d: only ALT has it.
    let base: [[(name: String, value: Double)]] = [
      [("a", 1), ("b", 5), ("c", 2)], [("a", 2), ("b", 5), ("c", 4)], [("a", 3), ("b", 5), ("c", 6)],
    ]
    let alt: [[(name: String, value: Double)]] = [
      [("a", 2), ("b", 4), ("d", 7)], [("a", 3), ("b", 6), ("d", 7)], [("a", 4), ("b", 5), ("d", 7)],
    ]
    let comparison = PairedComparison(base: base, alt: alt)
    let lines = comparison.comparisonCSV.split(separator: "\n").map(String.init)
    #expect(lines[0] == "metric,base_mean,alt_mean,diff_mean,diff_ci_low,diff_ci_high,significant")
    #expect(lines[1] == "a,2,3,1,1,1,true")
    #expect(lines[2].hasPrefix("b,5,5,0,"))
    #expect(lines[2].hasSuffix(",false"))
    #expect(lines[3] == "c,4,,,,,")
    #expect(lines[4] == "d,,7,,,,")
    #expect(lines.count == 5)
    // b: sd of (-1, 1, 0) is 1, so the half-width is t(0.975, 2) / sqrt(3) = 4.302653 / 1.7320508.
    let half = try? #require(comparison.row("b")?.difference?.halfWidth)
    #expect(abs((half ?? 0) - 4.302653 / 3.0.squareRoot()) < 1e-5)
  }

  @Test("one replication: means and difference, but no interval and no verdict")
  func singleReplication() {
    let row = PairedDifference(metric: "x", base: [2], alt: [5])
    #expect(row.difference?.mean == 3)
    #expect(row.significant == nil)
    let comparison = PairedComparison(base: [[("x", 2)]], alt: [[("x", 5)]])
    #expect(comparison.comparisonCSV.hasSuffix("x,2,5,3,,,\n"))
  }

  @Test("replications where either side is not finite are left out of the pairs")
  func nonFinitePairs() {
    #expect(PairedDifference.differences(base: [1, .nan, 3, 4], alt: [2, 5, .infinity, 6]) == [1, 2])
  }
}
