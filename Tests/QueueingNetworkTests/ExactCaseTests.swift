import Foundation
import QueueingNetwork
import Scenario
import Testing

@Suite("Exact cases")
struct ExactCaseTests {
  @Test("M/M/inf: 200 servers with offered load 5 never make anyone wait")
  func infiniteServers() throws {
    // P(200 or more present) for Poisson(5) is below 1e-200: every wait is exactly 0.
    let scenario = try makeScenario(
      """
      version: 1
      name: mm-inf
      model: network
      horizon: 5000
      warmup: 100
      seed: 99
      nodes:
        - name: pool
          servers: 200
          arrivals: {distribution: exponential, rate: 5}
          service: {distribution: exponential, mean: 1}
      """)
    for replication in 0..<3 {
      let result = NetworkSimulation.run(scenario, replication: replication)
      expectConserved(result)
      #expect(result.metric("node.pool.wait.mean") == 0)
      #expect(result.metric("node.pool.wait.p90") == 0)
      #expect(result.metric("node.pool.queue_length.mean") == 0)
      #expect(result.totals[0].waitSum == 0)
      #expect(result.totals[0].queueArea == 0)
      #expect(result.totals[0].starts == result.totals[0].arrivals)
      #expect(result.waitingAtEnd == [0])
      #expect(result.totals[0].arrivals > 20_000)
      // Mean busy servers is the offered load 5: utilisation 5 / 200 (loose: 5% relative).
      let utilisation = try #require(result.metric("node.pool.utilisation"))
      #expect(abs(utilisation - 0.025) < 0.025 * 0.05)
    }
  }

  /// D/D/1, arrivals every 2 from time 2, service 3: customer k (1, 2, ...) arrives at 2k,
  /// starts at 3k - 1 (after the previous one ends), waits k - 1 and leaves at 3k + 2. At equal
  /// times a completion is handled before an arrival.
  static let saturatedYAML = """
    version: 1
    name: dd1-saturated
    model: network
    horizon: 20.5
    seed: 1
    nodes:
      - name: desk
        servers: 1
        arrivals: {distribution: fixed, value: 2}
        service: {distribution: fixed, value: 3}
    """

  @Test("D/D/1 saturated (arrivals every 2, service 3) matches the hand count")
  func deterministicSaturated() throws {
    let result = NetworkSimulation.run(try makeScenario(Self.saturatedYAML), replication: 0)
    expectConserved(result)
    // By 20.5: arrivals at 2, 4, ..., 20 (10); starts at 2, 5, ..., 20 (k = 1...7);
    // completions at 5, 8, ..., 20 (k = 1...6); customers 8, 9, 10 still wait, 7 is served.
    let total = result.totals[0]
    #expect(total.arrivals == 10)
    #expect(total.starts == 7)
    #expect(total.completions == 6)
    #expect(result.waitingAtEnd == [3])
    #expect(result.inServiceAtEnd == [1])
    #expect(result.departed == 6)
    #expect(result.inSystem == 4)
    // Waits 0, 1, ..., 6 of those who started: sum 21, mean 3.
    #expect(total.waitSum == 21)
    #expect(result.metric("node.desk.wait.mean") == 3)
    #expect(result.metric("node.desk.completions") == 6)
    // Busy from 2 to 20.5 without a gap.
    #expect(result.metric("node.desk.utilisation") == 18.5 / 20.5)
    // Queue area: waits 0 + 1 + ... + 6 = 21, plus 4.5, 2.5 and 0.5 for customers 8, 9, 10.
    #expect(total.queueArea == 28.5)
    #expect(result.metric("node.desk.queue_length.mean") == 28.5 / 20.5)
    // Sojourns (leaving at 3k + 2 after arriving at 2k): k + 2 for k = 1...6, mean 5.5.
    #expect(result.metric("system.sojourn.mean") == 5.5)
    #expect(result.metric("engine.events") == 16)
    #expect(result.metric("node.desk.lost") == 0)
    #expect(result.metric("node.desk.reneged") == 0)
  }

  @Test("D/D/1 saturated after a warm-up of 5.5 matches the hand count")
  func deterministicSaturatedWithWarmup() throws {
    let yaml = Self.saturatedYAML.replacingOccurrences(of: "seed: 1", with: "warmup: 5.5\nseed: 1")
    let result = NetworkSimulation.run(try makeScenario(yaml), replication: 0)
    expectConserved(result)
    // Whole-run totals ignore the warm-up.
    #expect(result.totals[0].arrivals == 10)
    #expect(result.totals[0].waitSum == 21)
    #expect(result.totals[0].queueArea == 28.5)
    // After 5.5: starts of k = 3...7 (waits 2...6, mean 4); completions at 8, 11, ..., 20 (5);
    // busy throughout; queue area 28.5 less the 1 accrued before 5.5 (customer 2 from 4 to 5).
    #expect(result.metric("node.desk.wait.mean") == 4)
    #expect(result.metric("node.desk.completions") == 5)
    #expect(result.metric("node.desk.utilisation") == 1)
    #expect(result.metric("node.desk.queue_length.mean") == 27.5 / 15)
    // Sojourns of k = 2...6 (leaving at 8...20): 4, 5, 6, 7, 8, mean 6.
    #expect(result.metric("system.sojourn.mean") == 6)
  }

  @Test("D/D/1 unsaturated (arrivals every 3, service 2): nobody waits")
  func deterministicUnsaturated() throws {
    let scenario = try makeScenario(
      """
      version: 1
      name: dd1-light
      model: network
      horizon: 31
      nodes:
        - name: desk
          servers: 1
          arrivals: {distribution: fixed, value: 3}
          service: {distribution: fixed, value: 2}
      """)
    let result = NetworkSimulation.run(scenario, replication: 0)
    expectConserved(result)
    // Arrivals at 3, 6, ..., 30 (10); each served at once for 2: completions at 5, ..., 29 (9);
    // the tenth is in service from 30 to the horizon 31. Busy 9 * 2 + 1 = 19 of 31.
    let total = result.totals[0]
    #expect(total.arrivals == 10)
    #expect(total.starts == 10)
    #expect(total.completions == 9)
    #expect(total.waitSum == 0)
    #expect(total.queueArea == 0)
    #expect(result.inServiceAtEnd == [1])
    #expect(result.metric("node.desk.wait.mean") == 0)
    #expect(result.metric("node.desk.wait.p90") == 0)
    #expect(result.metric("node.desk.queue_length.mean") == 0)
    #expect(result.metric("node.desk.utilisation") == 19.0 / 31.0)
    #expect(result.metric("system.sojourn.mean") == 2)
  }

  @Test("D/D/2 in tandem: fixed routing through two desks, counted by hand")
  func deterministicTandem() throws {
    // Arrivals every 1 from time 1 at 'a' (2 servers, service 3, so a queue builds); everyone
    // then goes to 'b' (1 server, service 0.5). At a, customer k arrives at k and starts when
    // a server frees: starts at 1, 2, 4, 5, 7, 8, 10, 11, ... (a completion at time t is
    // handled before the arrival at t), so the waits are 0, 0, 1, 1, 2, 2, 3, 3, ...
    let scenario = try makeScenario(
      """
      version: 1
      name: tandem
      model: network
      horizon: 12.25
      nodes:
        - name: a
          servers: 2
          arrivals: {distribution: fixed, value: 1}
          service: {distribution: fixed, value: 3}
          routing: {b: 1}
        - name: b
          servers: 1
          service: {distribution: fixed, value: 0.5}
      """)
    let result = NetworkSimulation.run(scenario, replication: 0)
    expectConserved(result)
    // Arrivals 1...12 (12). Starts at a: 1, 2, 4, 5, 7, 8, 10, 11 (8 by 12.25), waits
    // 0, 0, 1, 1, 2, 2, 3, 3 (sum 12). Completions at a: 4, 5, 7, 8, 10, 11 (6); each goes to
    // b at once, b is free (service 0.5), so b has 6 arrivals, 6 starts, 6 completions.
    let a = result.totals[0]
    let b = result.totals[1]
    #expect(a.arrivals == 12)
    #expect(a.starts == 8)
    #expect(a.waitSum == 12)
    #expect(a.completions == 6)
    #expect(b.arrivals == 6 && b.starts == 6 && b.completions == 6)
    #expect(b.waitSum == 0)
    #expect(result.departed == 6)
    // Sojourns (start at a + 3.5 - k): 3.5, 3.5, 4.5, 4.5, 5.5, 5.5 for k = 1...6 (mean 4.5).
    #expect(result.metric("system.sojourn.mean") == 4.5)
    #expect(result.metric("node.a.wait.mean") == 1.5)
    #expect(result.metric("node.b.utilisation") == 3.0 / 12.25)
  }

  @Test("Little's law holds exactly on a run that starts and ends empty")
  func littlesLawSamplePath() throws {
    // A backlog of 60 at 'front' and 25 at 'back', no arrivals; feedback between the nodes.
    // Expected work is far below the horizon of 5,000, so every customer leaves: the area under
    // each node's queue-length curve equals the sum of its customers' waits.
    let scenario = try makeScenario(
      """
      version: 1
      name: drain
      model: network
      horizon: 5000
      warmup: 10
      replications: 4
      seed: 31
      nodes:
        - name: front
          servers: 2
          backlog: 60
          service: {distribution: exponential, mean: 1}
          routing: {back: 0.6}
        - name: back
          servers: 3
          backlog: 25
          discipline: priority
          priority: {distribution: empirical, values: [0, 1, 2]}
          service: {distribution: lognormal, mean: 2, sd: 1}
          routing: {front: 0.2}
      """)
    for replication in 0..<4 {
      let result = NetworkSimulation.run(scenario, replication: replication)
      expectConserved(result)
      #expect(result.entered == 85)
      #expect(result.inSystem == 0)
      #expect(result.departed == 85)
      for (index, total) in result.totals.enumerated() {
        #expect(total.queueArea > 0)
        let gap = abs(total.queueArea - total.waitSum)
        #expect(
          gap <= 1e-9 * total.waitSum,
          "node \(index): area \(total.queueArea), waits \(total.waitSum)")
        #expect(total.arrivals == total.completions)
      }
    }
  }
}
