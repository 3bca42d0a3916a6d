import SimCore

/// Reads a capacity: a whole number, or a schedule `[{from: 0, servers: 3}, {from: 40, servers: 1}]`
/// that repeats every `cycle` time units when a cycle is given.
enum ScheduleReader {
  static func read(_ reader: MappingReader, key: String, cycleKey: String) throws -> CapacitySchedule {
    guard let value = reader.node(key) else {
      throw reader.error(key, "is missing", allowed: "a whole number from 1 to 1000000, or a list of {from, servers}")
    }
    let cycle = try reader.positiveDouble(cycleKey, maximum: ScenarioLimits.maximumNetworkHorizon)
    if case .scalar = value {
      let allowed = ScenarioLimits.range(1...ScenarioLimits.maximumServers)
      guard let count = try reader.int(key, in: 1...ScenarioLimits.maximumServers, allowed: allowed) else {
        throw reader.error(key, "is missing", allowed: allowed)
      }
      guard cycle == nil else {
        throw reader.error(cycleKey, "a cycle needs a schedule", allowed: "a cycle only with a list of {from, servers}")
      }
      return CapacitySchedule(constant: count)
    }
    guard let items = try reader.sequence(key), !items.isEmpty else {
      throw reader.error(key, "is empty", allowed: "a whole number from 1 to 1000000, or a list of {from, servers}")
    }
    var steps: [CapacitySchedule.Step] = []
    for (index, item) in items.enumerated() {
      let step = try MappingReader(item, file: reader.file, path: "\(reader.keyPath(key)).\(index)")
      try step.rejectUnknownKeys(["from", "servers"])
      let fromAllowed = ScenarioLimits.range(0, ScenarioLimits.maximumNetworkHorizon, "a time")
      guard let from = try step.double("from", in: 0...ScenarioLimits.maximumNetworkHorizon, allowed: fromAllowed)
      else {
        throw step.error("from", "is missing", allowed: fromAllowed)
      }
      let serversAllowed = ScenarioLimits.range(0...ScenarioLimits.maximumServers)
      guard let servers = try step.int("servers", in: 0...ScenarioLimits.maximumServers, allowed: serversAllowed)
      else {
        throw step.error("servers", "is missing", allowed: serversAllowed)
      }
      if index == 0, from != 0 {
        throw step.error("from", "the first step starts at \(from)", allowed: "0 for the first step")
      }
      if let last = steps.last, from <= last.from {
        throw step.error("from", "steps are not in increasing time order", allowed: "increasing from times")
      }
      if let cycle, from >= cycle {
        throw step.error("from", "\(from) is not inside the cycle of \(cycle)", allowed: "0 <= from < cycle")
      }
      steps.append(.init(from: from, capacity: servers))
    }
    guard steps.contains(where: { $0.capacity >= 1 }) else {
      throw reader.error(key, "no step has a server", allowed: "at least one step with servers >= 1")
    }
    return CapacitySchedule(steps: steps, cycle: cycle)
  }
}
