/// One step of one person through a network replication, for replaying a short run.
public struct LoggedEvent: Sendable, Equatable {
  /// What happened.
  public enum Kind: String, Sendable {
    /// The person joined a node's list (from outside, from the backlog, or coming back).
    case arrival
    /// The person took a server.
    case start
    /// The person's service ended and the server was freed.
    case end
  }

  /// When it happened (the scenario's time unit).
  public let time: Double
  public let kind: Kind
  /// The person's number in order of entering the network (from 1).
  public let customer: Int
  /// The node's index in the design.
  public let node: Int
  /// The server (0-based within its node) for `start` and `end`; nil for `arrival`.
  public let server: Int?

  public init(time: Double, kind: Kind, customer: Int, node: Int, server: Int?) {
    self.time = time
    self.kind = kind
    self.customer = customer
    self.node = node
    self.server = server
  }
}

/// Records the events of one replication up to a time and a count, giving each service the
/// lowest-numbered free server of its node.
///
/// Only runs that ask for a log carry one, so the engine's hot path is unchanged otherwise; a
/// recording run allocates as it logs, which is why it is meant for short runs.
struct EventRecorder {
  /// Events after this time are not recorded.
  let until: Double
  /// At most this many events are recorded.
  let limit: Int
  private(set) var events: [LoggedEvent] = []
  /// True when the count limit stopped the log before `until`.
  private(set) var truncated = false
  /// The customer slot on each server of each node (-1 for a free server).
  private var occupants: [[Int32]]

  init(until: Double, limit: Int, nodes: Int) {
    self.until = until
    self.limit = max(0, limit)
    occupants = Array(repeating: [], count: nodes)
    events.reserveCapacity(min(self.limit, 4096))
  }

  /// Whether an event at `time` still belongs in the log.
  private mutating func accepts(_ time: Double) -> Bool {
    guard time <= until else { return false }
    guard events.count < limit else {
      truncated = true
      return false
    }
    return true
  }

  mutating func arrival(customer id: Int, node: Int, at time: Double) {
    guard accepts(time) else { return }
    events.append(LoggedEvent(time: time, kind: .arrival, customer: id, node: node, server: nil))
  }

  mutating func start(slot: Int32, customer id: Int, node: Int, at time: Double) {
    guard time <= until else { return }
    let server: Int
    if let free = occupants[node].firstIndex(of: -1) {
      occupants[node][free] = slot
      server = free
    } else {
      occupants[node].append(slot)
      server = occupants[node].count - 1
    }
    guard accepts(time) else { return }
    events.append(LoggedEvent(time: time, kind: .start, customer: id, node: node, server: server))
  }

  mutating func end(slot: Int32, customer id: Int, node: Int, at time: Double) {
    guard time <= until, let server = occupants[node].firstIndex(of: slot) else { return }
    occupants[node][server] = -1
    guard accepts(time) else { return }
    events.append(LoggedEvent(time: time, kind: .end, customer: id, node: node, server: server))
  }
}
