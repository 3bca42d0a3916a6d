import Foundation
import QueueingTheory
import Testing

@Suite("M/M/c/K")
struct MMcKTests {
  @Test(
    "With K = c the loss probability is Erlang B",
    arguments: [(1, 0.5), (2, 1.0), (10, 5.0), (20, 15.0), (300, 310.0)])
  func lossSystemIsErlangB(servers: Int, load: Double) throws {
    let system = try #require(
      MMcK(arrivalRate: load, serviceMean: 1, servers: servers, capacity: servers))
    #expect(isClose(system.lossProbability, erlangBClosedForm(servers: servers, load: load)))
    #expect(system.meanQueueLength == 0)
    #expect(system.meanWait == 0)
    #expect(system.probabilityOfWaiting == 0)
  }

  @Test("M/M/1/K matches p_n = (1 - ρ) ρ^n / (1 - ρ^(K+1))", arguments: [0.5, 0.9, 1.7])
  func singleServerClosedForm(rho: Double) throws {
    let capacity = 8
    let system = try #require(
      MMcK(arrivalRate: rho, serviceMean: 1, servers: 1, capacity: capacity))
    let normaliser = (1 - rho) / (1 - pow(rho, Double(capacity + 1)))
    for n in 0...capacity {
      #expect(isClose(system.probability(ofCount: n), normaliser * pow(rho, Double(n))))
    }
    #expect(system.probability(ofCount: -1) == 0)
    #expect(system.probability(ofCount: capacity + 1) == 0)
    // An admitted customer waits iff 1 <= n < K: (1 - p_0 - p_K) / (1 - p_K).
    let pK = normaliser * pow(rho, Double(capacity))
    #expect(isClose(system.probabilityOfWaiting, (1 - normaliser - pK) / (1 - pK)))
  }

  @Test("M/M/1/K at ρ = 1 is uniform over 0...K")
  func singleServerCriticalLoad() throws {
    let system = try #require(MMcK(arrivalRate: 2, serviceMean: 0.5, servers: 1, capacity: 9))
    for p in system.stationaryDistribution {
      #expect(isClose(p, 0.1, relative: 1e-12))
    }
    #expect(isClose(system.meanInSystem, 4.5))
  }

  @Test("Large K converges to M/M/c (rel 1e-9)", arguments: [(1, 0.6), (3, 2.4), (12, 10.8)])
  func largeCapacityConvergesToMMc(servers: Int, lambda: Double) throws {
    let finite = try #require(
      MMcK(arrivalRate: lambda, serviceMean: 1, servers: servers, capacity: 2000))
    let infinite = try #require(MMc(arrivalRate: lambda, serviceMean: 1, servers: servers))
    #expect(finite.lossProbability < 1e-15)
    #expect(isClose(finite.meanQueueLength, infinite.meanQueueLength, relative: 1e-9))
    #expect(isClose(finite.meanWait, infinite.meanWait, relative: 1e-9))
    #expect(isClose(finite.meanInSystem, infinite.meanInSystem, relative: 1e-9))
    #expect(isClose(finite.utilisation, infinite.utilisation, relative: 1e-9))
    #expect(isClose(finite.probabilityOfWaiting, infinite.probabilityOfWaiting, relative: 1e-9))
  }

  @Test(
    "Overloaded large systems stay finite; loss tends to 1 - 1/ρ (abs 1e-9)",
    arguments: [(1, 3000, 2.0), (50, 5000, 1.5), (200, 4000, 1.01)])
  func overloadedLargeCapacity(servers: Int, capacity: Int, rho: Double) throws {
    let system = try #require(
      MMcK(
        arrivalRate: rho * Double(servers), serviceMean: 1, servers: servers,
        capacity: capacity))
    let distribution = system.stationaryDistribution
    #expect(distribution.count == capacity + 1)
    #expect(distribution.allSatisfy { $0.isFinite && $0 >= 0 })
    #expect(abs(distribution.reduce(0, +) - 1) < 1e-12)
    #expect(abs(system.lossProbability - (1 - 1 / rho)) < 1e-9)
    #expect(abs(system.utilisation - 1) < 1e-9)
  }

  @Test("Little's law and flow balance hold", arguments: [0.5, 2.0, 3.9, 8.0])
  func littleAndFlowBalance(lambda: Double) throws {
    let serviceMean = 0.75
    let system = try #require(
      MMcK(arrivalRate: lambda, serviceMean: serviceMean, servers: 3, capacity: 7))
    let admitted = system.effectiveArrivalRate
    // L = λ_eff W, with W computed independently as Wq + 1/μ.
    #expect(isClose(system.meanInSystem, admitted * system.meanSojourn, relative: 1e-12))
    // Busy servers = λ_eff / μ.
    #expect(isClose(system.meanBusyServers, admitted * serviceMean, relative: 1e-12))
    #expect(isClose(system.utilisation, admitted * serviceMean / 3, relative: 1e-12))
    #expect(
      isClose(system.meanInSystem, system.meanQueueLength + system.meanBusyServers))
  }

  @Test("No arrivals: everything idle")
  func idle() throws {
    let system = try #require(MMcK(arrivalRate: 0, serviceMean: 1, servers: 2, capacity: 5))
    #expect(system.probability(ofCount: 0) == 1)
    #expect(system.lossProbability == 0)
    #expect(system.meanWait == 0)
    #expect(system.meanSojourn == 1)
  }

  @Test(
    "Invalid inputs give nil",
    arguments: [(1.0, 1.0, 3, 2), (1.0, 1.0, 0, 2), (-1.0, 1.0, 1, 2), (1.0, 0.0, 1, 2)])
  func invalidInputs(lambda: Double, serviceMean: Double, servers: Int, capacity: Int) {
    let system = MMcK(
      arrivalRate: lambda, serviceMean: serviceMean, servers: servers, capacity: capacity)
    #expect(system == nil)
  }
}
