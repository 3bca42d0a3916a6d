import QueueingNetwork
import SimCore
import Stochastics
import Yams

extension NetworkDesign {
  static let topKeys = [
    "version", "name", "model", "time_unit", "horizon", "warmup", "replications", "seed", "nodes",
    "description", "extends", "uncertainty",
  ]
  static let nodeKeys = [
    "name", "servers", "cycle", "arrivals", "service", "routing", "discipline", "capacity",
    "patience", "backlog", "priority",
  ]

  /// Builds and validates a network scenario from a parsed (and overridden) YAML tree.
  public init(node: Node, file: String) throws {
    let top = try MappingReader(node, file: file, path: "")
    try top.rejectUnknownKeys(NetworkDesign.topKeys)
    _ = try ScenarioHeader.version(top)
    let name = try ScenarioHeader.name(top)
    let horizonAllowed = ScenarioLimits.range(ScenarioLimits.smallestPositive, ScenarioLimits.maximumNetworkHorizon)
    guard let horizon = try top.positiveDouble("horizon", maximum: ScenarioLimits.maximumNetworkHorizon) else {
      throw top.error("horizon", "is missing", allowed: horizonAllowed)
    }
    guard let nodeList = try top.sequence("nodes"), !nodeList.isEmpty else {
      throw top.error("nodes", "is missing or empty", allowed: "a list of nodes with name, servers and service")
    }
    guard nodeList.count <= ScenarioLimits.maximumNodes else {
      throw top.error(
        "nodes", "has \(nodeList.count) nodes", allowed: "a list of 1 to \(ScenarioLimits.maximumNodes) nodes")
    }
    let readers = try NetworkDesign.nodeReaders(nodeList, top: top)
    let names = readers.map(\.name)
    let nodes = try readers.map { try NetworkDesign.readNode($0.reader, name: $0.name, names: names) }
    let backlog = nodes.reduce(0) { $0 + $1.backlog }
    guard backlog <= ScenarioLimits.maximumTotalBacklog else {
      throw top.error(
        "nodes", "the backlogs hold \(backlog) customers together",
        allowed: "backlogs of 0 to \(ScenarioLimits.maximumTotalBacklog) customers together")
    }
    self.init(name: name, horizon: horizon, nodes: nodes)
    timeUnit = try top.string("time_unit") ?? timeUnit
    warmup = try top.double("warmup", in: 0...horizon, allowed: "a number from 0 to below horizon") ?? warmup
    guard warmup < horizon else {
      throw top.error("warmup", "is not below horizon \(horizon)", allowed: "0 <= warmup < horizon")
    }
    replications = try ScenarioHeader.replications(top) ?? replications
    seed = try ScenarioHeader.seed(top) ?? seed
    try checkReachability(top: top)
  }

  static func nodeReaders(_ list: [Node], top: MappingReader) throws
    -> [(name: String, reader: MappingReader)]
  {
    var result: [(name: String, reader: MappingReader)] = []
    for (index, item) in list.enumerated() {
      let provisional = try MappingReader(item, file: top.file, path: "nodes.\(index)")
      let name = try provisional.requiredString("name", allowed: "a unique node name")
      guard !name.isEmpty, !name.contains(".") else {
        throw provisional.error("name", "'\(name)' is not a usable name", allowed: "text without dots")
      }
      guard !result.contains(where: { $0.name == name }) else {
        throw provisional.error("name", "node '\(name)' is defined twice", allowed: "unique node names")
      }
      result.append((name, try MappingReader(item, file: top.file, path: "nodes.\(name)")))
    }
    return result
  }

  static func readNode(_ reader: MappingReader, name: String, names: [String]) throws -> NetworkNode {
    try reader.rejectUnknownKeys(nodeKeys)
    let servers = try ScheduleReader.read(reader, key: "servers", cycleKey: "cycle")
    guard let service = try DistributionReader.read(reader, "service") else {
      throw reader.error("service", "is missing", allowed: "a distribution, e.g. {distribution: exponential, mean: 1}")
    }
    let arrivals = try DistributionReader.read(reader, "arrivals")
    if let arrivals, !(arrivals.mean > 0) {
      // Inter-arrival times that are all 0 would make a replication never leave time 0.
      throw reader.error(
        "arrivals", "the mean time between arrivals is \(arrivals.mean)",
        allowed: "inter-arrival times with a mean from 1e-09 to 1000000000")
    }
    let disciplineText = try reader.string("discipline") ?? "fifo"
    guard let discipline = QueueDiscipline(rawValue: disciplineText) else {
      throw reader.error("discipline", "unknown discipline '\(disciplineText)'", allowed: "fifo, priority")
    }
    var node = NetworkNode(name: name, servers: servers, service: service)
    node.arrivals = arrivals
    node.routing = try readRouting(reader, names: names)
    node.discipline = discipline
    node.capacity = try reader.int("capacity", in: 0...ScenarioLimits.maximumQueueCapacity)
    node.patience = try DistributionReader.read(reader, "patience")
    node.backlog = try reader.int("backlog", in: 0...ScenarioLimits.maximumNetworkBacklog) ?? node.backlog
    node.priority = try DistributionReader.read(reader, "priority")
    return node
  }

  static func readRouting(_ reader: MappingReader, names: [String]) throws -> [NetworkNode.Route] {
    guard let routing = try reader.mapping("routing") else { return [] }
    var routes: [NetworkNode.Route] = []
    var total = 0.0
    for (target, _) in routing.pairs {
      guard let index = names.firstIndex(of: target) else {
        throw routing.error(target, "routes to unknown node '\(target)'", allowed: names.joined(separator: ", "))
      }
      let p = try routing.double(target, in: 0...1, allowed: "a probability from 0 to 1") ?? 0
      total += p
      if p > 0 { routes.append(.to(index, probability: p)) }
    }
    guard total <= 1 + 1e-9 else {
      throw reader.error("routing", "probabilities sum to \(total)", allowed: "a total of at most 1; the rest leave")
    }
    return routes
  }

  /// Every node must be reachable from external arrivals or a backlog.
  func checkReachability(top: MappingReader) throws {
    var reached = nodes.map { $0.arrivals != nil || $0.backlog > 0 }
    var frontier = reached.indices.filter { reached[$0] }
    while let index = frontier.popLast() {
      for route in nodes[index].routing where !reached[route.target] {
        reached[route.target] = true
        frontier.append(route.target)
      }
    }
    if let lost = reached.firstIndex(of: false) {
      throw ScenarioError.invalid(
        file: top.file, keyPath: "nodes.\(nodes[lost].name)", line: nil,
        problem: "nothing can reach this node (no arrivals, no backlog, no routing into it)",
        allowed: "arrivals, a backlog, or a route from a reachable node")
    }
  }
}
