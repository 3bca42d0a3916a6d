import CareModel

/// Reads `pathway.long_term_conditions: {service, share}`: the condition-management service
/// (a therapy, group or caseload service of the scenario) and the probability that an assessed
/// person with a long-term condition goes there.
enum LongTermConditionReader {
  static let keys = ["service", "share"]
  static let kinds: [ServiceKind] = [.therapy, .group, .caseload]

  static func read(_ pathway: MappingReader, services: [ServiceSpec]) throws -> LongTermConditionRoute? {
    guard let reader = try pathway.mapping("long_term_conditions") else { return nil }
    try reader.rejectUnknownKeys(keys)
    let eligible = services.filter { kinds.contains($0.kind) }.map(\.id)
    let allowed =
      eligible.isEmpty
      ? "a therapy, group or caseload service (the scenario has none)" : eligible.joined(separator: ", ")
    let id = try reader.requiredString("service", allowed: allowed)
    guard eligible.contains(id) else {
      let known = services.map(\.id).contains(id)
      throw reader.error(
        "service", known ? "'\(id)' is not a therapy, group or caseload service" : "unknown service '\(id)'",
        allowed: allowed)
    }
    let shareAllowed = "a probability from 0 to 1"
    guard let share = try reader.double("share", in: 0...1, allowed: shareAllowed) else {
      throw reader.error("share", "is missing", allowed: shareAllowed)
    }
    return LongTermConditionRoute(service: id, share: share)
  }
}
