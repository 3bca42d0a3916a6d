import Foundation
import QueueingTheory
import Testing

@Suite("M/M/c")
struct MMcTests {
  @Test(
    "M/M/1 matches the textbook formulas",
    arguments: [(0.5, 1.0), (0.9, 1.0), (3.0, 4.0), (0.01, 2.0)])
  func singleServer(lambda: Double, mu: Double) throws {
    let queue = try #require(MMc(arrivalRate: lambda, serviceMean: 1 / mu, servers: 1))
    let rho = lambda / mu
    #expect(queue.isStable)
    #expect(isClose(queue.utilisation, rho))
    #expect(isClose(queue.probabilityOfWaiting, rho))
    #expect(isClose(queue.meanWait, rho / (mu - lambda)))
    #expect(isClose(queue.meanQueueLength, rho * rho / (1 - rho)))
    #expect(isClose(queue.meanSojourn, 1 / (mu - lambda)))
    #expect(isClose(queue.meanInSystem, rho / (1 - rho)))
  }

  @Test("M/M/2 with one erlang: C = 1/3, Wq = Lq = 1/3, W = L = 4/3")
  func twoServersHandComputed() throws {
    let queue = try #require(MMc(arrivalRate: 1, serviceMean: 1, servers: 2))
    #expect(isClose(queue.utilisation, 0.5))
    #expect(isClose(queue.probabilityOfWaiting, 1.0 / 3.0))
    #expect(isClose(queue.meanWait, 1.0 / 3.0))
    #expect(isClose(queue.meanQueueLength, 1.0 / 3.0))
    #expect(isClose(queue.meanSojourn, 4.0 / 3.0))
    // Known M/M/2 result L = 2ρ / (1 - ρ²).
    #expect(isClose(queue.meanInSystem, 2 * 0.5 / (1 - 0.25)))
  }

  @Test(
    "Invalid inputs give nil",
    arguments: [
      (-1.0, 1.0, 1), (1.0, 0.0, 1), (1.0, -2.0, 1), (1.0, 1.0, 0),
      (Double.nan, 1.0, 1), (1.0, Double.infinity, 1), (Double.infinity, 1.0, 1),
    ])
  func invalidInputs(lambda: Double, serviceMean: Double, servers: Int) {
    #expect(MMc(arrivalRate: lambda, serviceMean: serviceMean, servers: servers) == nil)
  }

  @Test("Unstable queues report infinite waits", arguments: [2.0, 2.5, 10.0])
  func unstable(lambda: Double) throws {
    let queue = try #require(MMc(arrivalRate: lambda, serviceMean: 1, servers: 2))
    #expect(!queue.isStable)
    #expect(queue.probabilityOfWaiting == 1)
    #expect(queue.meanWait == .infinity)
    #expect(queue.meanQueueLength == .infinity)
    #expect(queue.meanSojourn == .infinity)
    #expect(queue.meanInSystem == .infinity)
    #expect(queue.waitQuantile(0.5) == .infinity)
    #expect(queue.probabilityWaitExceeds(100) == 1)
  }

  @Test("No arrivals means no waiting")
  func idle() throws {
    let queue = try #require(MMc(arrivalRate: 0, serviceMean: 3, servers: 2))
    #expect(queue.meanWait == 0)
    #expect(queue.meanQueueLength == 0)
    #expect(queue.meanSojourn == 3)
    #expect(queue.waitQuantile(0.99) == 0)
    #expect(queue.probabilityWaitExceeds(0) == 0)
  }

  @Test("M/M/1 95th-percentile wait is 10 ln 18 for λ = 0.9, μ = 1")
  func singleServerQuantile() throws {
    let queue = try #require(MMc(arrivalRate: 0.9, serviceMean: 1, servers: 1))
    // P(Wq > t) = 0.9 exp(-0.1 t) = 0.05  =>  t = 10 ln 18.
    #expect(isClose(queue.waitQuantile(0.95), 10 * log(18.0), relative: 1e-12))
    #expect(queue.waitQuantile(0.05) == 0)  // P(Wq = 0) = 0.1 > 0.05
    #expect(queue.waitQuantile(1) == .infinity)
  }

  @Test("Quantile inverts the tail probability", arguments: [0.7, 0.8, 0.9, 0.99, 0.999])
  func quantileInvertsTail(p: Double) throws {
    let queue = try #require(MMc(arrivalRate: 7, serviceMean: 1, servers: 8))
    let waiting = queue.probabilityOfWaiting
    let t = queue.waitQuantile(p)
    if p <= 1 - waiting {
      #expect(t == 0)
    } else {
      #expect(t > 0)
      #expect(isClose(queue.probabilityWaitExceeds(t), 1 - p, relative: 1e-10))
    }
  }

  @Test("Tail probability: C at zero, 1 for negative t, decays with rate cμ - λ")
  func tailProbability() throws {
    let queue = try #require(MMc(arrivalRate: 3, serviceMean: 0.5, servers: 2))
    let waiting = queue.probabilityOfWaiting
    #expect(isClose(queue.probabilityWaitExceeds(0), waiting))
    #expect(queue.probabilityWaitExceeds(-1) == 1)
    // c μ - λ = 2 * 2 - 3 = 1, so P(Wq > 2) = C e^{-2}.
    #expect(isClose(queue.probabilityWaitExceeds(2), waiting * exp(-2.0)))
  }

  @Test("Mean wait equals the integral of the tail probability (trapezoid, rel 1e-4)")
  func meanWaitIsTailIntegral() throws {
    let queue = try #require(MMc(arrivalRate: 4.2, serviceMean: 1, servers: 5))
    let step = 0.001
    var integral = 0.0
    var t = 0.0
    while t < 60 {
      let left = queue.probabilityWaitExceeds(t)
      integral += 0.5 * step * (left + queue.probabilityWaitExceeds(t + step))
      t += step
    }
    #expect(isClose(integral, queue.meanWait, relative: 1e-4))
  }

  @Test("Many servers at light load behave like M/M/∞ (abs 1e-9)")
  func manyServersApproachInfinite() throws {
    let queue = try #require(MMc(arrivalRate: 5, serviceMean: 1, servers: 200))
    let infinite = try #require(MMInfinity(arrivalRate: 5, serviceMean: 1))
    #expect(abs(queue.meanInSystem - infinite.meanInSystem) < 1e-9)
    #expect(queue.meanWait < 1e-9)
  }
}
