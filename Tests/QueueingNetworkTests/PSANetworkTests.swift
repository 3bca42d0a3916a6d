import Foundation
import Projection
import QueueingTheory
import Scenario
import Testing

/// `stepwell psa` on the M/M/c clinic, where the answer is known: with every input fixed the
/// analysis is a plain run, and with an uncertain arrival rate the interval of the mean wait
/// reaches the Erlang C waits at the rate's own 2.5% and 97.5% quantiles.
@Suite("Probabilistic sensitivity analysis on the M/M/c clinic")
struct PSANetworkTests {
  static func clinic(horizon: Int, uncertainty: String) -> String {
    """
    version: 1
    name: mmc-psa
    model: network
    time_unit: days
    horizon: \(horizon)
    warmup: \(horizon / 10)
    replications: 4
    seed: 12345
    nodes:
      - name: clinic
        servers: 3
        arrivals: {distribution: exponential, mean: 0.5}
        service: {distribution: exponential, mean: 1.2}
    uncertainty:
      \(uncertainty)

    """
  }

  static func write(_ text: String) throws -> String {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("stepwell-psa-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let url = folder.appendingPathComponent("clinic.yaml")
    try Data(text.utf8).write(to: url)
    return url.path
  }

  @Test("with zero-width inputs, 3 draws of 2 replications are exactly a plain run of 6 replications")
  func zeroWidth() throws {
    let path = try PSANetworkTests.write(
      PSANetworkTests.clinic(
        horizon: 2000,
        uncertainty:
          "nodes.clinic.arrivals.mean: {distribution: fixed, value: 0.5}\n  nodes.clinic.service.mean: {distribution: normal, mean: 1.2, sd: 0}"
      ))
    let psa = try PSARun(
      request: PSARequest(basePath: path, altPath: nil, draws: 3, replications: 2, overrides: []),
      options: RunOptions(threads: 2))
    let plain = try LoadedScenario.load(path: path, overrides: [try SetOverride("replications=6")]).projected.run(
      options: RunOptions(threads: 1))
    let names = plain.tables.metrics[0].map(\.name)
    #expect(!names.isEmpty)
    for (m, name) in names.enumerated() {
      let drawn = try #require(psa.replicationValues(name, design: 0)).flatMap { $0 }
      #expect(drawn == plain.tables.metrics.map { $0[m].value }, "\(name)")
      let summary = try #require(psa.summary(name, design: "scenario"))
      let mean = plain.tables.summaries[m].mean
      #expect(abs(summary.mean - mean) <= 1e-9 * max(1, abs(mean)), "\(name)")
    }
    #expect(psa.sampling.values.allSatisfy { $0 == [0.5, 1.2] })
  }

  @Test(
    "an uncertain arrival rate: the interval of the mean wait reaches Erlang C at the rate's 2.5% and 97.5% quantiles")
  func erlangInterval() throws {
    // Interarrival mean lognormal with 95% interval 0.46 to 0.56 days: the rate's 2.5% and
    // 97.5% quantiles are 1 / 0.56 and 1 / 0.46 per day (utilisation 0.64 to 0.78).
    let path = try PSANetworkTests.write(
      PSANetworkTests.clinic(
        horizon: 20000,
        uncertainty: "nodes.clinic.arrivals.mean: {distribution: lognormal, interval: [0.46, 0.56]}"))
    let psa = try PSARun(
      request: PSARequest(basePath: path, altPath: nil, draws: 40, replications: 1, overrides: []),
      options: RunOptions(threads: 2))
    let wait = try #require(psa.summary("node.clinic.wait.mean", design: "scenario"))
    let (low, high) = (try #require(wait.low), try #require(wait.high))
    let atLowRate = try #require(MMc(arrivalRate: 1 / 0.56, serviceMean: 1.2, servers: 3)).meanWait
    let atHighRate = try #require(MMc(arrivalRate: 1 / 0.46, serviceMean: 1.2, servers: 3)).meanWait
    let atMedian = try #require(MMc(arrivalRate: 1 / (0.46 * 0.56).squareRoot(), serviceMean: 1.2, servers: 3)).meanWait
    let found = "PSA 95% \(low) to \(high); Erlang C \(atLowRate) and \(atHighRate)"
    // Tolerance 6%: the draws' 2.5% and 97.5% quantiles of 40 draws, each a 20,000-day
    // replication with about 2% noise in its mean wait.
    #expect(low <= atLowRate * 1.06 && high >= atHighRate * 0.94, "\(found)")
    #expect(low >= atLowRate * 0.8 && high <= atHighRate * 1.25, "not much wider than the inputs make it: \(found)")
    #expect(abs(wait.mean - atMedian) < 0.15 * atMedian, "mean \(wait.mean) against \(atMedian) at the median rate")
    #expect(wait.parameterShare == nil && wait.noiseLow == nil, "one replication per draw: no noise estimate")
  }
}
