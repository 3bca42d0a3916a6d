import Foundation
import Projection
import QueueingNetwork
import QueueingTheory
import Scenario
import Testing

@Suite("Capacity, reneging, schedules, priorities and backlog")
struct FeatureTests {
  /// M/M/2 with 3 waiting places (K = 5 in all) offered 1.8 erlangs. The chain relaxes within a
  /// few time units, so whole-run totals from an empty start are biased by about
  /// (relaxation / horizon) ~ 1e-3 of the loss, far below its standard error (~1%).
  static let lossYAML = """
    version: 1
    name: mmck
    model: network
    horizon: 5000
    warmup: 100
    replications: 20
    seed: 2024
    nodes:
      - name: desk
        servers: 2
        capacity: 3
        arrivals: {distribution: exponential, rate: 1.8}
        service: {distribution: exponential, mean: 1}
    """

  @Test("M/M/c/K: lost / arrivals is within 3 standard errors of MMcK.lossProbability")
  func lossProbability() throws {
    let scenario = try makeScenario(Self.lossYAML)
    #expect(scenario.nodes[0].capacity == 3)
    let theory = try #require(
      MMcK(arrivalRate: 1.8, serviceMean: 1, servers: 2, capacity: 5))
    let run = runReplications(scenario)
    let shares = run.replications.map { Double($0.totals[0].lost) / Double($0.totals[0].arrivals) }
    let (mean, se) = meanAndStandardError(shares)
    #expect(theory.lossProbability > 0.05, "loss \(theory.lossProbability)")
    #expect(abs(mean - theory.lossProbability) <= 3 * se, "\(mean) vs \(theory.lossProbability)")
    // The queue never holds more than its 3 places.
    for result in run.replications {
      #expect(result.waitingAtEnd[0] <= 3)
      #expect(result.totals[0].lost > 0)
    }
    // After warm-up the time averages agree with M/M/c/K too.
    expectWithinStandardErrors(run, "node.desk.queue_length.mean", theory.meanQueueLength)
    expectWithinStandardErrors(run, "node.desk.utilisation", theory.utilisation)
    expectWithinStandardErrors(run, "node.desk.wait.mean", theory.meanWait)
    #expect(run.theory == nil)
    #expect(run.theoryUnavailable?.contains("capacity") == true)
  }

  @Test("A queue capacity of 0 makes an M/M/c/c loss system (Erlang B)")
  func erlangLoss() throws {
    let yaml = Self.lossYAML.replacingOccurrences(of: "capacity: 3", with: "capacity: 0")
    let run = runReplications(try makeScenario(yaml))
    let shares = run.replications.map { Double($0.totals[0].lost) / Double($0.totals[0].arrivals) }
    let (mean, se) = meanAndStandardError(shares)
    let erlangB = Erlang.b(servers: 2, offeredLoad: 1.8)
    #expect(abs(mean - erlangB) <= 3 * se, "\(mean) vs Erlang B \(erlangB)")
    for result in run.replications {
      #expect(result.totals[0].waitSum == 0)
      #expect(result.waitingAtEnd == [0])
    }
  }

  /// The M/M/1+M queue (exponential patience) as a birth-death chain: with n present the
  /// death rate is mu + (n - 1) theta. Returns (utilisation, mean queue, abandoning share).
  static func impatientQueue(lambda: Double, mu: Double, theta: Double) -> (
    utilisation: Double, queue: Double, abandoning: Double
  ) {
    var weights = [1.0]
    for n in 1..<400 { weights.append(weights[n - 1] * lambda / (mu + Double(n - 1) * theta)) }
    let total = weights.reduce(0, +)
    let p = weights.map { $0 / total }
    let queue = p.indices.dropFirst().reduce(0) { $0 + Double($1 - 1) * p[$1] }
    return (1 - p[0], queue, theta * queue / lambda)
  }

  @Test("Reneging: M/M/1 with exponential patience matches its birth-death solution")
  func reneging() throws {
    // rho = 1.2 without reneging would grow for ever; patience (mean 4) keeps it stable. The
    // chain relaxes within tens of time units, so a warm-up of 200 and a horizon of 4,000
    // leave the start-up bias far below a standard error. Half the served customers go on
    // to a follow-up with 2 waiting places and short patience (losses and reneging there).
    let scenario = try makeScenario(
      """
      version: 1
      name: renege
      model: network
      horizon: 4000
      warmup: 200
      replications: 20
      seed: 77
      nodes:
        - name: desk
          servers: 1
          arrivals: {distribution: exponential, rate: 1.2}
          service: {distribution: exponential, mean: 1}
          patience: {distribution: exponential, mean: 4}
          routing: {followup: 0.5}
        - name: followup
          servers: 1
          capacity: 2
          service: {distribution: exponential, mean: 0.8}
          patience: {distribution: uniform, min: 0, max: 1}
      """)
    let theory = Self.impatientQueue(lambda: 1.2, mu: 1, theta: 0.25)
    let run = runReplications(scenario)
    expectWithinStandardErrors(run, "node.desk.queue_length.mean", theory.queue)
    expectWithinStandardErrors(run, "node.desk.utilisation", theory.utilisation)
    let shares = run.replications.map {
      Double($0.totals[0].reneged) / Double($0.totals[0].arrivals)
    }
    let (share, se) = meanAndStandardError(shares)
    #expect(abs(share - theory.abandoning) <= 3 * se, "\(share) vs \(theory.abandoning)")
    for result in run.replications {
      #expect(result.totals[1].lost + result.totals[1].reneged > 0)
      let reneged = try #require(result.metric("node.desk.reneged"))
      #expect(reneged > 0 && reneged <= Double(result.totals[0].reneged))
      // Reneged customers' waits count in the queue area but not in the waits of those
      // served, so the area is larger.
      #expect(result.totals[0].queueArea > result.totals[0].waitSum)
    }
    #expect(run.theory == nil)
  }

  @Test("A server schedule stops service when no server is on duty")
  func serverSchedule() throws {
    // Two servers from 0 to 40 of every 100, none from 40 to 100. Work arriving in the off
    // period waits for the next cycle; service cuts are not pre-emptive.
    let scenario = try makeScenario(
      """
      version: 1
      name: schedule
      model: network
      horizon: 2080
      warmup: 0
      replications: 4
      seed: 5
      nodes:
        - name: clinic
          servers: [{from: 0, servers: 2}, {from: 40, servers: 0}]
          cycle: 100
          arrivals: {distribution: exponential, mean: 2}
          service: {distribution: exponential, mean: 0.5}
      """)
    #expect(scenario.nodes[0].servers.capacity(at: 50) == 0)
    #expect(scenario.nodes[0].servers.capacity(at: 120) == 2)
    let run = runReplications(scenario)
    for result in run.replications {
      // At 2080 (off duty since 2040) only customers already in service may still be busy,
      // and everyone who arrived after 2040 waits.
      #expect(result.inServiceAtEnd[0] <= 2)
      #expect(result.waitingAtEnd[0] > 0)
      #expect(result.totals[0].waitSum > 0)
      // Time-series bins: the queue builds in the off period of each cycle.
      let series = try #require(result.series.first?.values)
      #expect(series.count == 200)
    }
    // Utilisation is busy time over server time on duty (0.8 servers on average): the offered
    // work is 0.25 per time unit, i.e. about 0.31 of the duty capacity, plus a little service
    // continuing after each cut; anything near 0.25 / 2 would mean off-duty time was counted.
    let utilisation = try #require(run.summary("node.clinic.utilisation"))
    #expect(utilisation.mean > 0.25 && utilisation.mean < 0.4, "\(utilisation.mean)")
    #expect(run.theory == nil)
  }

  @Test("Priority discipline: lower classes are served first and customers are conserved")
  func priorityDiscipline() throws {
    // The same M/M/1 at rho = 0.9, FIFO versus priority with three equally likely classes:
    // any work-conserving order gives the same queue-length process in distribution and the
    // same utilisation; with the same streams the server's busy periods are identical.
    let fifoYAML = """
      version: 1
      name: classes
      model: network
      horizon: 3000
      warmup: 300
      replications: 5
      seed: 808
      nodes:
        - name: desk
          servers: 1
          arrivals: {distribution: exponential, rate: 0.9}
          service: {distribution: exponential, mean: 1}
      """
    let priorityYAML = fifoYAML.replacingOccurrences(
      of: "servers: 1\n",
      with: """
        servers: 1
            discipline: priority
            priority: {distribution: empirical, values: [0, 1, 2], weights: [1, 1, 1]}

        """)
    let fifo = try makeScenario(fifoYAML)
    let priority = try makeScenario(priorityYAML)
    #expect(priority.nodes[0].discipline == .priority)
    #expect(priority.nodes[0].priority != nil)
    for replication in 0..<5 {
      let a = NetworkSimulation.run(fifo, replication: replication)
      let b = NetworkSimulation.run(priority, replication: replication)
      expectConserved(a)
      expectConserved(b)
      // Service times are drawn in start order from the same stream, and exponential service
      // is memoryless, so the number in system, the busy time and the counts coincide exactly.
      #expect(a.totals[0].arrivals == b.totals[0].arrivals)
      #expect(a.totals[0].completions == b.totals[0].completions)
      #expect(a.metric("node.desk.utilisation") == b.metric("node.desk.utilisation"))
      let areaA = a.totals[0].queueArea
      let areaB = b.totals[0].queueArea
      #expect(abs(areaA - areaB) <= 1e-9 * areaA)
      // Who waits differs: the distribution of waits is more spread out under priority.
      let p90A = try #require(a.metric("node.desk.wait.p90"))
      let p90B = try #require(b.metric("node.desk.wait.p90"))
      #expect(p90A != p90B)
    }
  }

  @Test("A backlog is served first and counted as entering at time 0")
  func backlog() throws {
    let scenario = try makeScenario(
      """
      version: 1
      name: backlog
      model: network
      horizon: 300
      replications: 3
      seed: 12
      nodes:
        - name: desk
          servers: 2
          backlog: 40
          arrivals: {distribution: exponential, mean: 4}
          service: {distribution: exponential, mean: 1}
          routing: {desk: 0.1}
      """)
    let run = runReplications(scenario)
    for result in run.replications {
      // 40 at time 0 plus roughly 300 / 4 = 75 arrivals; the backlog clears in about 20.
      #expect(result.entered >= 40 + 40)
      #expect(result.totals[0].arrivals >= result.entered)
      // The series' first bin (time 0 to 1.5) starts with 38 waiting and 2 in service.
      let first = try #require(result.series.first?.values.first)
      #expect(first > 30 && first <= 40)
      #expect(result.totals[0].waitSum > 0)
    }
  }
}
