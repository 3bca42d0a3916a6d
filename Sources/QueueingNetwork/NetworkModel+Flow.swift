import Scenario
import SimCore
import Stochastics

extension NetworkModel {
  /// An external arrival: schedule the next one, then the newcomer joins the node.
  mutating func arrive(at node: Int, in simulation: inout Simulation<NetworkEvent>) {
    if let arrivals = scenario.nodes[node].arrivals {
      let gap = Swift.max(0, arrivals.sample(stream(node, 0)))
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
    customers.records[Int(customer)].nodeArrival = now
    customers.records[Int(customer)].node = Int32(node)
    customers.records[Int(customer)].token &+= 1
    if nodes[node].pool.hasIdleServer && nodes[node].queue.isEmpty {
      startService(customer, at: node, in: &simulation)
      return
    }
    let spec = scenario.nodes[node]
    let priority = spec.priority.map { Int($0.sample(stream(node, 4)).rounded()) } ?? 0
    let token = customers.records[Int(customer)].token
    guard nodes[node].queue.append(QueueTicket(customer: customer, token: token), priority: priority) else {
      nodes[node].lost &+= 1
      nodes[node].totals.lost &+= 1
      customers.release(customer)
      return
    }
    customers.records[Int(customer)].isWaiting = true
    setQueueLevel(node, now)
    if let patience = spec.patience {
      let delay = Swift.max(0, patience.sample(stream(node, 3)))
      simulation.schedule(.renege(customer: customer, token: token), after: delay, priority: NetworkEventPriority.renege)
    }
  }

  /// Seizes a server and schedules the completion.
  mutating func startService(_ customer: Int32, at node: Int, in simulation: inout Simulation<NetworkEvent>) {
    let now = simulation.now
    let wait = now - customers.records[Int(customer)].nodeArrival
    nodes[node].waits.record(wait)
    nodes[node].totals.starts &+= 1
    nodes[node].totals.waitSum += wait
    nodes[node].pool.seize(at: now)
    nodes[node].busySeries.update(to: Double(nodes[node].pool.busy), at: now)
    let duration = Swift.max(0, scenario.nodes[node].service.sample(stream(node, 1)))
    simulation.schedule(
      .completion(node: Int32(node), customer: customer), after: duration, priority: NetworkEventPriority.completion)
  }

  /// A service ends: free the server, start the next waiting customer, route the finished one.
  mutating func complete(_ customer: Int32, at node: Int, in simulation: inout Simulation<NetworkEvent>) {
    let now = simulation.now
    countedEvents &+= 1
    nodes[node].completions &+= 1
    nodes[node].totals.completions &+= 1
    nodes[node].pool.release(at: now)
    nodes[node].busySeries.update(to: Double(nodes[node].pool.busy), at: now)
    serveWaiting(at: node, in: &simulation)
    if let next = route(from: node) {
      join(customer, node: next, in: &simulation)
    } else {
      sojourns.record(now - customers.records[Int(customer)].systemArrival)
      departures &+= 1
      customers.release(customer)
    }
  }

  /// The next node after service at `node`, or nil to leave.
  mutating func route(from node: Int) -> Int? {
    let routes = scenario.nodes[node].routing
    guard !routes.isEmpty else { return nil }
    var u = stream(node, 2).uniform()
    for route in routes {
      if u < route.probability { return route.target }
      u -= route.probability
    }
    return nil
  }

  /// Starts waiting customers while servers are free.
  mutating func serveWaiting(at node: Int, in simulation: inout Simulation<NetworkEvent>) {
    var changed = false
    while nodes[node].pool.hasIdleServer {
      let table = customers
      guard let ticket = nodes[node].queue.popFirst(isLive: { table.isLive($0) }) else { break }
      customers.records[Int(ticket.customer)].isWaiting = false
      changed = true
      startService(ticket.customer, at: node, in: &simulation)
    }
    if changed { setQueueLevel(node, simulation.now) }
  }

  /// A waiting customer leaves if the renege event still refers to its current wait.
  mutating func renege(_ customer: Int32, token: UInt32, at now: Double) {
    let record = customers.records[Int(customer)]
    guard record.token == token, record.isWaiting else { return }
    let node = Int(record.node)
    nodes[node].queue.cancelOne()
    nodes[node].reneged &+= 1
    nodes[node].totals.reneged &+= 1
    customers.release(customer)
    setQueueLevel(node, now)
  }

  mutating func changeCapacity(of node: Int, in simulation: inout Simulation<NetworkEvent>) {
    let schedule = scenario.nodes[node].servers
    let now = simulation.now
    nodes[node].pool.setCapacity(schedule.capacity(at: now), at: now)
    if let next = schedule.nextChange(after: now) {
      simulation.schedule(.capacityChange(node: Int32(node)), at: next, priority: NetworkEventPriority.capacityChange)
    }
    serveWaiting(at: node, in: &simulation)
  }

  mutating func setQueueLevel(_ node: Int, _ now: Double) {
    let length = Double(nodes[node].queue.count)
    nodes[node].queueLevel.update(to: length, at: now)
    nodes[node].wholeRunQueue.update(to: length, at: now)
    nodes[node].queueSeries.update(to: length, at: now)
  }

  mutating func endWarmup(at now: Double) {
    warmedUp = true
    for index in nodes.indices { nodes[index].resetStatistics(at: now) }
    sojourns.reset()
  }
}
