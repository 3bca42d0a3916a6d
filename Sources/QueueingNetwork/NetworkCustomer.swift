import SimCore

/// One customer's bookkeeping while in the network.
struct NetworkCustomer {
  /// When the customer entered the network.
  var systemArrival: Double = 0
  /// When the customer joined the current node.
  var nodeArrival: Double = 0
  /// Changes whenever the customer joins a node or leaves, so stale queue entries and renege
  /// events can be recognised.
  var token: UInt32 = 0
  /// True while waiting in a queue (not in service).
  var isWaiting = false
  /// The node the customer is at.
  var node: Int32 = 0
  /// The customer's number in order of entering the network (from 1).
  var id = 0
  /// Nodes joined so far.
  var visits: Int32 = 0
  /// Total time spent waiting (not in service) so far.
  var totalWait = 0.0
  /// The wait at the first node joined, before the first service.
  var firstWait = 0.0
  /// True from entering the network to leaving it.
  var inNetwork = false
}

/// A reference to a customer in a queue, valid while the token matches.
struct QueueTicket {
  var customer: Int32
  var token: UInt32
}

/// Customer records reused through a free list, so memory depends on the number in the
/// system, not on the horizon.
///
/// The storage is not reference counted: the replication that made the table calls
/// `deallocate()` once when it has taken its results.
struct CustomerTable {
  var records = RecordBuffer<NetworkCustomer>(initialCapacity: 256)
  var free = RecordBuffer<Int32>(initialCapacity: 256)
  /// Customers currently in the network.
  var inSystem = 0
  /// Customers ever admitted (external arrivals and backlog).
  var admitted = 0

  mutating func admit(at now: Double) -> Int32 {
    inSystem &+= 1
    admitted &+= 1
    var fresh = NetworkCustomer(systemArrival: now)
    fresh.id = admitted
    fresh.inNetwork = true
    if let index = free.popLast() {
      fresh.token = records[Int(index)].token
      records[Int(index)] = fresh
      return index
    }
    records.append(fresh)
    return Int32(records.count - 1)
  }

  /// Frees the records; the table must not be used afterwards.
  func deallocate() {
    records.deallocate()
    free.deallocate()
  }

  /// The customer joins `node` at `now`; returns the new token for its queue entry.
  func arrive(_ customer: Int32, at now: Double, node: Int32) -> UInt32 {
    records[Int(customer)].nodeArrival = now
    records[Int(customer)].node = node
    records[Int(customer)].token &+= 1
    records[Int(customer)].visits &+= 1
    return records[Int(customer)].token
  }

  mutating func release(_ customer: Int32) {
    inSystem &-= 1
    records[Int(customer)].token &+= 1
    records[Int(customer)].isWaiting = false
    records[Int(customer)].inNetwork = false
    free.append(customer)
  }

  func isLive(_ ticket: QueueTicket) -> Bool {
    let record = records[Int(ticket.customer)]
    return record.token == ticket.token && record.isWaiting
  }
}
