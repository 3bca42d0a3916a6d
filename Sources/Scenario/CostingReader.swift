import CareModel
import StepwellMetrics

/// Reads `costs.costing` (how each service is paid for) and `costs.payers` (who pays it).
enum CostingReader {
  /// Every service's costing mode: the scenario's, else capacity when the service has capacity
  /// to pay for (staff, a group timetable, places or beds) and activity otherwise.
  static func modes(_ reader: MappingReader?, services: [ServiceSpec]) throws -> [String: CostingMode] {
    let ids = services.map(\.id)
    var modes: [String: CostingMode] = [:]
    for service in services { modes[service.id] = hasCapacity(service) ? .capacity : .activity }
    return modes.merging(try byService(reader, ids: ids, noun: "costing"), uniquingKeysWith: { $1 })
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
    try byService(reader, ids: ids, noun: "payer")
  }

  /// A `{service: value}` mapping of one of an enumeration's values, each service known.
  static func byService<Value: RawRepresentable & CaseIterable>(
    _ reader: MappingReader?, ids: [String], noun: String
  ) throws -> [String: Value] where Value.RawValue == String {
    let allowed = Value.allCases.map(\.rawValue).joined(separator: ", ")
    var values: [String: Value] = [:]
    for (id, _) in reader?.pairs ?? [] {
      try CostReader.known(id, ids, reader!)
      let text = try reader!.requiredString(id, allowed: allowed)
      guard let value = Value(rawValue: text) else {
        throw reader!.error(id, "unknown \(noun) '\(text)'", allowed: allowed)
      }
      values[id] = value
    }
    return values
  }
}
