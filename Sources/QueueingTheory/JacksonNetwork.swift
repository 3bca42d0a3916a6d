/// An open Jackson network of M/M/c nodes with Markovian (probabilistic) routing.
///
/// Customers arrive at node `i` from outside as a Poisson process of rate `γ_i`, are
/// served FCFS by `c_i` exponential servers with mean `1/μ_i`, then move to node `j` with
/// probability `P[i][j]` or leave with probability `1 - Σ_j P[i][j]`. By Jackson's theorem
/// (J. R. Jackson, "Networks of waiting lines", *Operations Research* 5(4), 1957) the
/// stationary distribution is the product of independent M/M/c marginals, each fed at the
/// total rate `λ_i` solving the traffic equations `λ = γ + Pᵀ λ`.
/// Rates are per time unit of the service means; times are in that unit.
public struct JacksonNetwork: Sendable, Equatable {
  /// Total arrival rate `λ_i` at each node (external plus routed; customers per time unit).
  public let arrivalRates: [Double]
  /// Per-node M/M/c results, each driven by its `arrivalRates[i]`.
  public let nodes: [MMc]
  /// External arrival rates `γ_i` (customers per time unit).
  public let externalArrivalRates: [Double]

  /// Builds the network and solves its traffic equations.
  ///
  /// - Parameters:
  ///   - externalArrivalRates: `γ_i >= 0`, finite, not all zero (customers per time unit).
  ///   - routing: `n × n` matrix; `routing[i][j]` is the probability that a customer
  ///     finishing at node `i` goes next to node `j`. Entries in `[0, 1]`, rows sum to
  ///     at most 1; the shortfall is the probability of leaving the network.
  ///   - serviceMeans: mean service time `1/μ_i > 0` per node (time units).
  ///   - servers: number of servers `c_i >= 1` per node.
  /// - Throws: ``QueueingTheoryError`` when the inputs are inconsistent or out of range,
  ///   when the traffic equations are singular (a closed routing loop), or
  ///   ``QueueingTheoryError/unstableNode(index:utilisation:)`` naming the first node with
  ///   `ρ_i = λ_i / (c_i μ_i) >= 1`.
  public init(
    externalArrivalRates: [Double],
    routing: [[Double]],
    serviceMeans: [Double],
    servers: [Int]
  ) throws(QueueingTheoryError) {
    let n = externalArrivalRates.count
    guard n > 0 else { throw .emptyModel }
    try Self.validate(
      externalArrivalRates: externalArrivalRates, routing: routing,
      serviceMeans: serviceMeans, servers: servers)
    let rates = try TrafficEquations.solve(
      externalArrivalRates: externalArrivalRates, routing: routing)
    var built: [MMc] = []
    built.reserveCapacity(n)
    for i in 0..<n {
      // Round-off can leave a tiny negative rate at a node with no inflow.
      let rate = max(0, rates[i])
      guard let node = MMc(arrivalRate: rate, serviceMean: serviceMeans[i], servers: servers[i])
      else { throw .invalidParameter(parameter: "arrivalRates", index: i, value: rates[i]) }
      guard node.isStable else { throw .unstableNode(index: i, utilisation: node.utilisation) }
      built.append(node)
    }
    self.externalArrivalRates = externalArrivalRates
    self.arrivalRates = built.map(\.arrivalRate)
    self.nodes = built
  }

  private static func validate(
    externalArrivalRates gamma: [Double],
    routing: [[Double]],
    serviceMeans: [Double],
    servers: [Int]
  ) throws(QueueingTheoryError) {
    let n = gamma.count
    for (name, count) in [
      ("routing", routing.count), ("serviceMeans", serviceMeans.count),
      ("servers", servers.count),
    ] where count != n {
      throw .dimensionMismatch(parameter: name, expected: n, actual: count)
    }
    for (i, row) in routing.enumerated() {
      guard row.count == n else {
        throw .dimensionMismatch(parameter: "routing[\(i)]", expected: n, actual: row.count)
      }
      let sum = row.reduce(0, +)
      let entriesValid = row.allSatisfy { $0.isFinite && $0 >= 0 && $0 <= 1 }
      guard entriesValid, sum <= 1 + 1e-12 else { throw .invalidRoutingRow(index: i, sum: sum) }
    }
    for i in 0..<n {
      guard gamma[i].isFinite, gamma[i] >= 0 else {
        throw .invalidParameter(parameter: "externalArrivalRates", index: i, value: gamma[i])
      }
      guard serviceMeans[i].isFinite, serviceMeans[i] > 0 else {
        throw .invalidParameter(parameter: "serviceMeans", index: i, value: serviceMeans[i])
      }
      guard servers[i] >= 1 else {
        throw .invalidParameter(parameter: "servers", index: i, value: Double(servers[i]))
      }
    }
    guard gamma.contains(where: { $0 > 0 }) else { throw .noExternalArrivals }
  }

  /// Total external arrival rate `Σ γ_i`: the network throughput (customers per time unit).
  public var totalExternalArrivalRate: Double { externalArrivalRates.reduce(0, +) }

  /// Visit ratios `v_i = λ_i / Σ γ`: mean number of visits a customer makes to node `i`.
  public var visitRatios: [Double] {
    let total = totalExternalArrivalRate
    return arrivalRates.map { $0 / total }
  }

  /// Mean number of customers in the whole network, `Σ L_i` (customers).
  public var meanInSystem: Double { nodes.reduce(0) { $0 + $1.meanInSystem } }

  /// Mean time a customer spends in the network from entry to exit, by Little's law:
  /// `W = Σ L_i / Σ γ_i` (time units). Equals `Σ v_i W_i`.
  public var meanSojourn: Double { meanInSystem / totalExternalArrivalRate }
}
