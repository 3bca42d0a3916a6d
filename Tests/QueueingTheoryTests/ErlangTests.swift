import Foundation
import QueueingTheory
import Testing

@Suite("Erlang B and C")
struct ErlangTests {
  @Test("B with one server is a / (1 + a)", arguments: [0.0, 0.1, 0.5, 1.0, 3.0, 42.0])
  func erlangBSingleServer(load: Double) {
    #expect(isClose(Erlang.b(servers: 1, offeredLoad: load), load / (1 + load)))
  }

  @Test("B with zero servers loses everything")
  func erlangBZeroServers() {
    #expect(Erlang.b(servers: 0, offeredLoad: 2.5) == 1)
  }

  @Test("B with zero load never blocks")
  func erlangBZeroLoad() {
    #expect(Erlang.b(servers: 4, offeredLoad: 0) == 0)
  }

  /// Published Erlang B table values (tolerance 5e-7 absolute, table precision).
  @Test(
    "B matches table values",
    arguments: [
      (10, 5.0, 0.018385),
      (5, 2.0, 0.036697),
      (20, 15.0, 0.045593),
    ])
  func erlangBTable(servers: Int, load: Double, expected: Double) {
    let value = Erlang.b(servers: servers, offeredLoad: load)
    #expect(abs(value - expected) < 5e-7)
  }

  @Test(
    "B recursion agrees with the closed form (rel 1e-9)",
    arguments: [(3, 1.7), (12, 9.5), (150, 140.0), (2000, 1950.0)])
  func erlangBClosedFormAgreement(servers: Int, load: Double) {
    let value = Erlang.b(servers: servers, offeredLoad: load)
    #expect(value.isFinite)
    #expect(isClose(value, erlangBClosedForm(servers: servers, load: load), relative: 1e-9))
  }

  @Test("B decreases as servers are added")
  func erlangBMonotone() {
    let values = (1...30).map { Erlang.b(servers: $0, offeredLoad: 12) }
    for (earlier, later) in zip(values, values.dropFirst()) {
      #expect(later < earlier)
    }
  }

  @Test("C for two servers and one erlang is 1/3")
  func erlangCTwoServers() {
    #expect(isClose(Erlang.c(servers: 2, offeredLoad: 1), 1.0 / 3.0, relative: 1e-12))
  }

  @Test("C for one server equals the utilisation", arguments: [0.0, 0.2, 0.5, 0.95])
  func erlangCSingleServer(load: Double) {
    #expect(isClose(Erlang.c(servers: 1, offeredLoad: load), load))
  }

  @Test(
    "C agrees with the closed form (rel 1e-9)",
    arguments: [(3, 2.0), (10, 8.0), (40, 35.5), (500, 480.0)])
  func erlangCClosedFormAgreement(servers: Int, load: Double) {
    let value = Erlang.c(servers: servers, offeredLoad: load)
    #expect(isClose(value, erlangCClosedForm(servers: servers, load: load), relative: 1e-9))
  }

  @Test("C is 1 when the load reaches the server count", arguments: [4.0, 4.5, 100.0])
  func erlangCSaturated(load: Double) {
    #expect(Erlang.c(servers: 4, offeredLoad: load) == 1)
  }

  @Test("C exceeds B for the same system")
  func erlangCExceedsB() {
    #expect(Erlang.c(servers: 6, offeredLoad: 4) > Erlang.b(servers: 6, offeredLoad: 4))
  }
}
