import Foundation
import QueueingTheory
import Testing

@Suite("Jackson networks")
struct JacksonNetworkTests {
  @Test("A tandem line is a chain of independent M/M/c queues")
  func tandem() throws {
    let means = [0.5, 0.8, 1.5]
    let servers = [1, 1, 2]
    let network = try JacksonNetwork(
      externalArrivalRates: [1, 0, 0],
      routing: [[0, 1, 0], [0, 0, 1], [0, 0, 0]],
      serviceMeans: means, servers: servers)
    var expectedSojourn = 0.0
    for i in 0..<3 {
      let alone = try #require(
        MMc(arrivalRate: 1, serviceMean: means[i], servers: servers[i]))
      #expect(isClose(network.arrivalRates[i], 1, relative: 1e-14))
      #expect(isClose(network.nodes[i].meanInSystem, alone.meanInSystem, relative: 1e-12))
      #expect(isClose(network.nodes[i].meanWait, alone.meanWait, relative: 1e-12))
      expectedSojourn += alone.meanSojourn
    }
    #expect(isClose(network.meanSojourn, expectedSojourn, relative: 1e-12))
    #expect(network.visitRatios.allSatisfy { isClose($0, 1, relative: 1e-14) })
  }

  @Test("Feedback to itself: λ = γ / (1 - p)", arguments: [0.0, 0.25, 0.5, 0.9])
  func feedback(p: Double) throws {
    let gamma = 0.05
    let network = try JacksonNetwork(
      externalArrivalRates: [gamma], routing: [[p]], serviceMeans: [1], servers: [1])
    let lambda = gamma / (1 - p)
    #expect(isClose(network.arrivalRates[0], lambda, relative: 1e-12))
    #expect(isClose(network.visitRatios[0], 1 / (1 - p), relative: 1e-12))
    // Node is M/M/1 with ρ = λ, L = ρ / (1 - ρ); sojourn by Little over γ.
    let expectedL = lambda / (1 - lambda)
    #expect(isClose(network.meanInSystem, expectedL, relative: 1e-12))
    #expect(isClose(network.meanSojourn, expectedL / gamma, relative: 1e-12))
  }

  @Test("Three-node network matches the hand-solved traffic equations")
  func threeNodes() throws {
    // λ1 = 2 + 0.2 λ2, λ2 = 1 + 0.5 λ1, λ3 = 0.3 λ1 + 0.4 λ2
    // => λ1 = 22/9, λ2 = 20/9, λ3 = 73/45.
    let routing: [[Double]] = [[0, 0.5, 0.3], [0.2, 0, 0.4], [0, 0, 0]]
    let network = try JacksonNetwork(
      externalArrivalRates: [2, 1, 0], routing: routing,
      serviceMeans: [0.3, 0.5, 1], servers: [1, 2, 3])
    let expected = [22.0 / 9, 20.0 / 9, 73.0 / 45]
    for i in 0..<3 {
      #expect(isClose(network.arrivalRates[i], expected[i], relative: 1e-12))
      #expect(network.nodes[i].servers == [1, 2, 3][i])
    }
    // Flow conservation: total exit rate equals total external arrival rate (3).
    var exitRate = 0.0
    for i in 0..<3 { exitRate += network.arrivalRates[i] * (1 - routing[i].reduce(0, +)) }
    #expect(isClose(exitRate, 3, relative: 1e-12))
    #expect(isClose(network.visitRatios[0], 22.0 / 27, relative: 1e-12))
    let sumOfNodeL = network.nodes.reduce(0) { $0 + $1.meanInSystem }
    #expect(isClose(network.meanSojourn, sumOfNodeL / 3, relative: 1e-12))
  }

  @Test("A closed routing loop is singular")
  func singular() {
    #expect(throws: QueueingTheoryError.singularTrafficEquations) {
      try JacksonNetwork(
        externalArrivalRates: [1, 0, 0], routing: [[0, 1, 0], [0, 0, 1], [1, 0, 0]],
        serviceMeans: [1, 1, 1], servers: [1, 1, 1])
    }
  }

  @Test("The unstable node is named by index")
  func unstableNode() throws {
    let error = #expect(throws: QueueingTheoryError.self) {
      try JacksonNetwork(
        externalArrivalRates: [1, 0], routing: [[0, 1], [0, 0]],
        serviceMeans: [0.5, 1.2], servers: [1, 1])
    }
    guard case .unstableNode(let index, let rho) = try #require(error) else {
      Issue.record("Expected unstableNode, got \(String(describing: error))")
      return
    }
    #expect(index == 1)
    #expect(isClose(rho, 1.2, relative: 1e-12))
    #expect(error?.description.contains("Node 1") == true)
  }

  @Test("Invalid inputs are rejected with specific errors")
  func invalidInputs() {
    #expect(throws: QueueingTheoryError.emptyModel) {
      try JacksonNetwork(externalArrivalRates: [], routing: [], serviceMeans: [], servers: [])
    }
    #expect(
      throws: QueueingTheoryError.dimensionMismatch(
        parameter: "serviceMeans", expected: 2, actual: 1)
    ) {
      try JacksonNetwork(
        externalArrivalRates: [1, 1], routing: [[0, 0], [0, 0]], serviceMeans: [1],
        servers: [1, 1])
    }
    #expect(throws: QueueingTheoryError.invalidRoutingRow(index: 1, sum: 1.25)) {
      try JacksonNetwork(
        externalArrivalRates: [1, 0], routing: [[0, 0.5], [0.75, 0.5]],
        serviceMeans: [0.1, 0.1], servers: [1, 1])
    }
    #expect(
      throws: QueueingTheoryError.invalidParameter(parameter: "servers", index: 0, value: 0)
    ) {
      try JacksonNetwork(
        externalArrivalRates: [1], routing: [[0]], serviceMeans: [0.1], servers: [0])
    }
    #expect(throws: QueueingTheoryError.noExternalArrivals) {
      try JacksonNetwork(
        externalArrivalRates: [0, 0], routing: [[0, 0], [0, 0]], serviceMeans: [1, 1],
        servers: [1, 1])
    }
  }

  @Test("Error descriptions are readable")
  func descriptions() {
    let error = QueueingTheoryError.invalidRoutingRow(index: 2, sum: 1.5)
    #expect(error.description.contains("Routing row 2"))
    #expect(QueueingTheoryError.singularTrafficEquations.description.contains("singular"))
  }
}
