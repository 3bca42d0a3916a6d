import SimCore
import Stochastics

/// A validated open queueing network (`model: network`): nodes with servers, external
/// arrivals, service times, probabilistic routing, a discipline, a queue capacity, patience
/// (reneging) and a starting backlog. Times are in the scenario's `time_unit`.
public struct NetworkDesign: Sendable {
  /// The scenario's name, used for the output folder.
  public var name: String
  /// A label for the time unit, for output only (default "time").
  public var timeUnit = "time"
  /// Simulated time per replication (> 0).
  public var horizon: Double
  /// Statistics ignore everything before this time (0 <= warmup < horizon).
  public var warmup = 0.0
  /// The number of replications (default 10).
  public var replications = 10
  /// The master seed (default 1).
  public var seed: UInt64 = 1
  /// The nodes, in file order.
  public var nodes: [NetworkNode]

  /// A design with the defaults of a scenario file that leaves the other keys out: time unit
  /// "time", no warm-up, 10 replications, seed 1.
  public init(name: String, horizon: Double, nodes: [NetworkNode]) {
    self.name = name
    self.horizon = horizon
    self.nodes = nodes
  }

  /// The index of the node called `name`.
  public func index(ofNode name: String) -> Int? { nodes.firstIndex { $0.name == name } }
}

/// One service station of a network.
public struct NetworkNode: Sendable {
  /// One routing branch: after service, go to node `target` with `probability`.
  public struct Route: Sendable, Hashable {
    /// The index of the next node in `NetworkDesign.nodes`.
    public var target: Int
    /// The probability of taking this branch (0...1); the branches of a node sum to <= 1 and
    /// the rest leave the system.
    public var probability: Double

    /// The branch to node `target` taken with `probability`.
    public static func to(_ target: Int, probability: Double) -> Route {
      Route(target: target, probability: probability)
    }
  }

  /// The node's name (unique).
  public var name: String
  /// Servers on duty over time.
  public var servers: CapacitySchedule
  /// External inter-arrival times; nil for no external arrivals.
  public var arrivals: Distribution?
  /// Service times.
  public var service: Distribution
  /// Where customers go after service.
  public var routing: [Route] = []
  /// The queue's service order.
  public var discipline = QueueDiscipline.fifo
  /// Places in the queue (excluding those in service); nil for unlimited.
  public var capacity: Int?
  /// How long a customer will wait before leaving; nil for for ever.
  public var patience: Distribution?
  /// Customers already waiting at time 0.
  public var backlog = 0
  /// The priority class drawn for each customer joining (lower served first) under the
  /// `priority` discipline; nil means every customer has priority 0.
  public var priority: Distribution?

  /// A node with the defaults of a scenario file that leaves the other keys out: no external
  /// arrivals, no routing, FIFO, unlimited queue, no reneging, no backlog, one priority class.
  public init(name: String, servers: CapacitySchedule, service: Distribution) {
    self.name = name
    self.servers = servers
    self.service = service
  }
}
