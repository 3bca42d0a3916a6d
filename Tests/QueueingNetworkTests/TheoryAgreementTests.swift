import Foundation
import Projection
import QueueingNetwork
import QueueingTheory
import Scenario
import Testing

/// One single-station case: c servers at utilisation rho.
struct StationCase: Sendable, CustomTestStringConvertible {
  let servers: Int
  let rho: Double

  var testDescription: String { "M/M/\(servers) at rho = \(rho)" }

  /// Mean service time c, so the total service rate c * mu is 1 and the arrival rate is rho
  /// whatever c is: every case has about 2 * rho events per time unit.
  var serviceMean: Double { Double(servers) }
  var arrivalRate: Double { rho }

  /// The relaxation time of the queue, 1 / (c mu (1 - sqrt(rho))^2) (Morse's rule for M/M/1,
  /// a fair guide for M/M/c): about 12 at rho = 0.5, 90 at 0.8 and 1,560 at 0.95.
  var relaxationTime: Double {
    let gap = 1 - rho.squareRoot()
    return 1 / (gap * gap)
  }

  /// The warm-up is 20 or more relaxation times, so the start from empty has died away and its
  /// bias is far below one standard error. The horizon adds over 200 relaxation times of steady
  /// state per replication, which makes the ratio bias of the mean wait (of order 1 / the number
  /// of relaxation times, under 0.5%) small against the standard error of 20 replications
  /// (a few per cent). Events per replication are about 2 rho (horizon): 10,000 at rho = 0.5,
  /// 35,000 at 0.8, 840,000 at 0.95 (heavy only).
  var warmup: Double {
    switch rho {
    case ..<0.6: return 500
    case ..<0.9: return 2_000
    default: return 40_000
    }
  }
  var horizon: Double {
    switch rho {
    case ..<0.6: return 10_500
    case ..<0.9: return 22_000
    default: return 440_000
    }
  }

  var yaml: String {
    """
    version: 1
    name: mm\(servers)-rho\(Int(rho * 100))
    model: network
    horizon: \(horizon)
    warmup: \(warmup)
    replications: 20
    seed: \(4242 + servers * 100 + Int(rho * 100))
    nodes:
      - name: station
        servers: \(servers)
        arrivals: {distribution: exponential, rate: \(arrivalRate)}
        service: {distribution: exponential, mean: \(serviceMean)}
    """
  }
}

/// Loads checked against theory: rho 0.5 and 0.8 always; 0.95 (long horizons) only when
/// heavy tests are enabled (STEPWELL_HEAVY=1 or a release build).
let stationCases: [StationCase] = [1, 3].flatMap { servers in
  ([0.5, 0.8] + (heavyTestsEnabled ? [0.95] : [])).map { StationCase(servers: servers, rho: $0) }
}

@Suite("Agreement with queueing theory")
struct TheoryAgreementTests {
  @Test(
    "M/M/c wait, queue length and utilisation are within 3 standard errors of Erlang C",
    arguments: stationCases)
  func singleStation(_ station: StationCase) throws {
    #expect(station.warmup >= 20 * station.relaxationTime)
    #expect(station.horizon - station.warmup >= 200 * station.relaxationTime)
    let scenario = try makeScenario(station.yaml)
    let theory = try #require(
      MMc(
        arrivalRate: station.arrivalRate, serviceMean: station.serviceMean,
        servers: station.servers))
    #expect(abs(theory.utilisation - station.rho) < 1e-12)
    let run = runReplications(scenario)
    expectWithinStandardErrors(run, "node.station.wait.mean", theory.meanWait)
    expectWithinStandardErrors(run, "node.station.queue_length.mean", theory.meanQueueLength)
    expectWithinStandardErrors(run, "node.station.utilisation", theory.utilisation)
    expectWithinStandardErrors(run, "system.sojourn.mean", theory.meanSojourn)
    // The theory the run reports is the same Erlang C result.
    let reported = try #require(run.theory)
    #expect(abs((reported.value("node.station.wait.mean") ?? .nan) - theory.meanWait) < 1e-12)
  }

  /// A three-node Jackson network with feedback: intake -> therapy <-> review, therapy -> intake.
  /// Utilisations about 0.80 (intake), 0.68 (therapy) and 0.70 (review). The slowest node
  /// (therapy: 3 servers, mean 5) relaxes in about 5 / (3 (1 - sqrt 0.68)^2) ~ 50 time units and
  /// intake in about 2.5 / (2 (1 - sqrt 0.8)^2) ~ 110, so a warm-up of 3,000 and 30,000 more time
  /// units per replication leave the start-up bias far below one standard error.
  static let jacksonYAML = """
    version: 1
    name: jackson-feedback
    model: network
    horizon: 33000
    warmup: 3000
    replications: 20
    seed: 1957
    nodes:
      - name: intake
        servers: 2
        arrivals: {distribution: exponential, rate: 0.6}
        service: {distribution: exponential, mean: 2.5}
        routing: {therapy: 0.5, review: 0.2}
      - name: therapy
        servers: 3
        service: {distribution: exponential, mean: 5}
        routing: {review: 0.3, intake: 0.1}
      - name: review
        servers: 1
        arrivals: {distribution: exponential, mean: 10}
        service: {distribution: exponential, mean: 2}
        routing: {therapy: 0.25}
    """

  @Test("A Jackson network with feedback matches the product-form solution node by node")
  func jacksonNetwork() throws {
    let scenario = try makeScenario(Self.jacksonYAML)
    let theory = try JacksonNetwork(
      externalArrivalRates: [0.6, 0, 0.1],
      routing: [[0, 0.5, 0.2], [0.1, 0, 0.3], [0, 0.25, 0]],
      serviceMeans: [2.5, 5, 2], servers: [2, 3, 1])
    let utilisations = theory.nodes.map(\.utilisation)
    #expect(utilisations.allSatisfy { $0 > 0.6 && $0 < 0.85 }, "\(utilisations)")
    let run = runReplications(scenario)
    for (name, node) in zip(["intake", "therapy", "review"], theory.nodes) {
      expectWithinStandardErrors(run, "node.\(name).wait.mean", node.meanWait)
      expectWithinStandardErrors(run, "node.\(name).queue_length.mean", node.meanQueueLength)
      expectWithinStandardErrors(run, "node.\(name).utilisation", node.utilisation)
    }
    expectWithinStandardErrors(run, "system.sojourn.mean", theory.meanSojourn)
    // Completions per time unit after warm-up estimate each node's total arrival rate.
    let span = scenario.horizon - scenario.warmup
    for (name, rate) in zip(["intake", "therapy", "review"], theory.arrivalRates) {
      let completions = try #require(run.summary("node.\(name).completions"))
      let se = completions.standardError / span
      #expect(abs(completions.mean / span - rate) <= 3 * se, "\(name): rate \(rate)")
    }
  }
}
