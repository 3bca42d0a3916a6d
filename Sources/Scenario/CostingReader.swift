import CareModel
import StepwellMetrics

/// Reads `costs.costing` (how each service is paid for) and `costs.payers` (who pays it).
enum CostingReader {
  /// Every service's costing mode: the scenario's, else capacity when the service has capacity
  /// to pay for (staff, a group timetable, places or beds) and activity otherwise.
  static func modes(_ reader: MappingReader?, services: [ServiceSpec]) throws -> [String: CostingMode] {
    let ids = services.map(\.id)
    let allowed = CostingMode.allCases.map(\.rawValue).joined(separator: ", ")
    var modes: [String: CostingMode] = [:]
    for service in services { modes[service.id] = hasCapacity(service) ? .capacity : .activity }
    for (id, _) in reader?.pairs ?? [] {
      try CostReader.known(id, ids, reader!)
      let text = try reader!.requiredString(id, allowed: allowed)
      guard let mode = CostingMode(rawValue: text) else {
        throw reader!.error(id, "unknown costing '\(text)'", allowed: allowed)
      }
      modes[id] = mode
    }
    return modes
  }

  /// True when a service has capacity that is paid for whether used or not.
  static func hasCapacity(_ service: ServiceSpec) -> Bool {
    switch service.kind {
    case .group: service.group != nil
    case .caseload, .beds: !service.isOpen
    default: service.staff > 0
    }
  }

  /// The payers the scenario names, by service id.
  static func payers(_ reader: MappingReader?, ids: [String]) throws -> [String: CostPayer] {
    let allowed = CostPayer.allCases.map(\.rawValue).joined(separator: ", ")
    var payers: [String: CostPayer] = [:]
    for (id, _) in reader?.pairs ?? [] {
      try CostReader.known(id, ids, reader!)
      let text = try reader!.requiredString(id, allowed: allowed)
      guard let payer = CostPayer(rawValue: text) else {
        throw reader!.error(id, "unknown payer '\(text)'", allowed: allowed)
      }
      payers[id] = payer
    }
    return payers
  }
}
