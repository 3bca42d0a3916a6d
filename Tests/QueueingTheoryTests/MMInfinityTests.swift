import Foundation
import QueueingTheory
import Testing

@Suite("M/M/∞")
struct MMInfinityTests {
  @Test(
    "Mean in system is λ / μ and nobody waits",
    arguments: [(0.0, 1.0), (3.0, 0.5), (40.0, 2.0)])
  func means(lambda: Double, serviceMean: Double) throws {
    let system = try #require(MMInfinity(arrivalRate: lambda, serviceMean: serviceMean))
    #expect(isClose(system.meanInSystem, lambda * serviceMean))
    #expect(system.meanWait == 0)
    #expect(system.meanQueueLength == 0)
    #expect(system.meanSojourn == serviceMean)
  }

  @Test("Number in system is Poisson(a)", arguments: [0.3, 5.0, 250.0])
  func poissonDistribution(load: Double) throws {
    let system = try #require(MMInfinity(arrivalRate: load, serviceMean: 1))
    let probabilities = (0...2000).map { system.probability(ofCount: $0) }
    let total = probabilities.reduce(0, +)
    let mean = probabilities.enumerated().reduce(0) { $0 + Double($1.offset) * $1.element }
    #expect(abs(total - 1) < 1e-10)
    #expect(isClose(mean, load, relative: 1e-10))
    #expect(isClose(system.probability(ofCount: 0), exp(-load), relative: 1e-12))
    #expect(system.probability(ofCount: -1) == 0)
  }

  @Test("Invalid inputs give nil")
  func invalid() {
    #expect(MMInfinity(arrivalRate: -1, serviceMean: 1) == nil)
    #expect(MMInfinity(arrivalRate: 1, serviceMean: 0) == nil)
    #expect(MMInfinity(arrivalRate: .nan, serviceMean: 1) == nil)
  }
}

@Suite("Little's law")
struct LittlesLawTests {
  @Test("L = λ W and its inverses", arguments: [(2.0, 3.0), (0.25, 40.0), (7.5, 0.2)])
  func roundTrip(lambda: Double, time: Double) {
    let number = LittlesLaw.meanNumber(arrivalRate: lambda, meanTime: time)
    #expect(isClose(number, lambda * time))
    #expect(isClose(LittlesLaw.meanTime(meanNumber: number, arrivalRate: lambda), time))
    #expect(isClose(LittlesLaw.arrivalRate(meanNumber: number, meanTime: time), lambda))
  }

  @Test("Hand-computed: 12 patients per week staying 3 weeks gives 36 on the books")
  func handComputed() {
    #expect(LittlesLaw.meanNumber(arrivalRate: 12, meanTime: 3) == 36)
    #expect(LittlesLaw.meanTime(meanNumber: 36, arrivalRate: 12) == 3)
    #expect(LittlesLaw.arrivalRate(meanNumber: 36, meanTime: 3) == 12)
  }

  @Test("Zero denominators give NaN")
  func zeroDenominators() {
    #expect(LittlesLaw.meanTime(meanNumber: 1, arrivalRate: 0).isNaN)
    #expect(LittlesLaw.arrivalRate(meanNumber: 1, meanTime: 0).isNaN)
  }
}
