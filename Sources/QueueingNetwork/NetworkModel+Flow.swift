import SimCore
import Stochastics

extension NetworkModel {
  /// An external arrival: schedule the next one, then the newcomer joins the node.
  mutating func arrive(at node: Int, in simulation: inout Simulation<NetworkEvent>) {
    if let gap = nodes[node].nextArrivalGap() {
      simulation.schedule(.arrival(node: Int32(node)), after: gap, priority: NetworkEventPriority.arrival)
    }
    let customer = customers.admit(at: simulation.now)
    join(customer, node: node, in: &simulation)
  }

  /// A customer joins a node: starts at once, queues, or is lost when the queue is full.
  mutating func join(_ customer: Int32, node: Int, in simulation: inout Simulation<NetworkEvent>) {
    let now = simulation.now
    countedEvents &+= 1
    nodes[node].totals.arrivals &+= 1
    let token = customers.arrive(customer, at: now, node: Int32(node))
    recorder?.arrival(customer: customers.records[Int(customer)].id, node: node, at: now)
    if nodes[node].pool.hasIdleServer && nodes[node].queue.isEmpty {
      startService(customer, at: node, in: &simulation)
      return
    }
    guard nodes[node].enqueue(QueueTicket(customer: customer, token: token), at: now) else {
      finish(customer, .lost, at: now)
      return
    }
    customers.records[Int(customer)].isWaiting = true
    if let delay = nodes[node].patienceDelay() {
      simulation.schedule(
        .renege(customer: customer, token: token), after: delay, priority: NetworkEventPriority.renege)
    }
  }

  /// Seizes a server and schedules the completion.
  mutating func startService(
    _ customer: Int32, at node: Int, in simulation: inout Simulation<NetworkEvent>
  ) {
    let now = simulation.now
    let wait = now - customers.records[Int(customer)].nodeArrival
    customers.records[Int(customer)].totalWait += wait
    if customers.records[Int(customer)].visits == 1 { customers.records[Int(customer)].firstWait = wait }
    recorder?.start(slot: customer, customer: customers.records[Int(customer)].id, node: node, at: now)
    let duration = nodes[node].startService(wait: wait, at: now)
    simulation.schedule(
      .completion(node: Int32(node), customer: customer), after: duration,
      priority: NetworkEventPriority.completion)
  }

  /// A service ends: free the server, start the next waiting customer, route the finished one.
  mutating func complete(
    _ customer: Int32, at node: Int, in simulation: inout Simulation<NetworkEvent>
  ) {
    let now = simulation.now
    countedEvents &+= 1
    nodes[node].completeService(at: now)
    recorder?.end(slot: customer, customer: customers.records[Int(customer)].id, node: node, at: now)
    serveWaiting(at: node, in: &simulation)
    if let next = nodes[node].route() {
      join(customer, node: next, in: &simulation)
    } else {
      sojourns.record(now - customers.records[Int(customer)].systemArrival)
      departures &+= 1
      finish(customer, .departed, at: now)
    }
  }

  /// Starts waiting customers while servers are free.
  mutating func serveWaiting(at node: Int, in simulation: inout Simulation<NetworkEvent>) {
    guard !nodes[node].queue.isEmpty else { return }
    var changed = false
    while nodes[node].pool.hasIdleServer {
      let records = customers.records
      let ticket = nodes[node].queue.popFirst(isLive: { ticket in
        records[Int(ticket.customer)].token == ticket.token && records[Int(ticket.customer)].isWaiting
      })
      guard let ticket else { break }
      customers.records[Int(ticket.customer)].isWaiting = false
      changed = true
      startService(ticket.customer, at: node, in: &simulation)
    }
    if changed { nodes[node].queueChanged(at: simulation.now) }
  }

  /// A waiting customer leaves if the renege event still refers to its current wait.
  mutating func renege(_ customer: Int32, token: UInt32, at now: Double) {
    let record = customers.records[Int(customer)]
    guard record.token == token, record.isWaiting else { return }
    nodes[Int(record.node)].renege(at: now)
    finish(customer, .reneged, at: now)
  }

  /// A customer leaves the network: recorded when records are kept, then released.
  mutating func finish(_ customer: Int32, _ outcome: CustomerRecord.Outcome, at now: Double) {
    if customerRecords != nil {
      customerRecords?.append(CustomerRecord(customers.records[Int(customer)], outcome: outcome, left: now))
    }
    customers.release(customer)
  }

  mutating func changeCapacity(of node: Int, in simulation: inout Simulation<NetworkEvent>) {
    let schedule = scenario.nodes[node].servers
    let now = simulation.now
    nodes[node].pool.setCapacity(schedule.capacity(at: now), at: now)
    if let next = schedule.nextChange(after: now) {
      simulation.schedule(
        .capacityChange(node: Int32(node)), at: next, priority: NetworkEventPriority.capacityChange)
    }
    serveWaiting(at: node, in: &simulation)
  }

  mutating func endWarmup(at now: Double) {
    for index in 0..<nodes.count { nodes[index].resetStatistics(at: now) }
    sojourns.reset()
  }
}
