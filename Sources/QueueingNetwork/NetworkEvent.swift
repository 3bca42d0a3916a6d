/// The events of a queueing-network replication. Small and trivially copyable.
public enum NetworkEvent: Sendable {
  /// The next external arrival at a node.
  case arrival(node: Int32)
  /// A service completion of `customer` at `node`.
  case completion(node: Int32, customer: Int32)
  /// A waiting customer's patience runs out; ignored unless `token` still matches.
  case renege(customer: Int32, token: UInt32)
  /// A node's scheduled number of servers changes.
  case capacityChange(node: Int32)
  /// The end of the warm-up: statistics restart.
  case warmupEnd
}

/// Tie-break priorities at equal times (lower first): capacity changes, then completions
/// (releases before seizes, as in simmer), then reneging, then arrivals; warm-up end last.
enum NetworkEventPriority {
  static let capacityChange: UInt16 = 0
  static let completion: UInt16 = 1
  static let renege: UInt16 = 2
  static let arrival: UInt16 = 3
  static let warmupEnd: UInt16 = 4
}
