import CareModel
import Population
import Stochastics

/// Reads `policies:` (missed appointments, call-backs, re-routing, discharge, step-down,
/// deterioration), filling absent keys from `CareDefaults`.
enum PolicyReader {
  static let keys = [
    "dna", "not_recovered", "gp_return", "reroute", "reroute_scope", "discharge", "step_down", "deterioration",
    "cancellations",
  ]

  static func read(_ reader: MappingReader?, top: MappingReader, services ids: [String]) throws -> PolicySpec {
    try reader?.rejectUnknownKeys(keys)
    let dna = try reader?.mapping("dna")
    try dna?.rejectUnknownKeys([
      "rate", "callbacks", "callback_rate", "callback_for", "callback_minutes", "by_imd_quintile", "missed_limit",
      "missed_count", "on_limit",
    ])
    let onLimitText = try dna?.string("on_limit") ?? MissedSessionsAction.discharge.rawValue
    guard let onLimit = MissedSessionsAction(rawValue: onLimitText) else {
      throw (dna ?? top).error("on_limit", "unknown action '\(onLimitText)'", allowed: "discharge, reengage")
    }
    let notRecoveredText = try reader?.string("not_recovered") ?? NotRecoveredAction.backToGP.rawValue
    guard let notRecovered = NotRecoveredAction(rawValue: notRecoveredText) else {
      throw (reader ?? top).error(
        "not_recovered", "unknown action '\(notRecoveredText)'", allowed: "back_to_gp, reroute")
    }
    let gp = try reader?.mapping("gp_return")
    try gp?.rejectUnknownKeys(["delay", "never_return"])
    let discharge = try reader?.mapping("discharge")
    try discharge?.rejectUnknownKeys(["policy", "time_limit"])
    let dischargeText = try discharge?.string("policy") ?? DischargePolicy.timeLimited.rawValue
    guard let dischargePolicy = DischargePolicy(rawValue: dischargeText) else {
      throw (discharge ?? top).error("policy", "unknown policy '\(dischargeText)'", allowed: "time_limited, agreed")
    }
    var policy = PolicySpec(
      dnaRate: try dna?.probability("rate") ?? CareDefaults.dnaRate,
      callbacks: try dna?.bool("callbacks") ?? false,
      callbackDNARate: try dna?.probability("callback_rate") ?? CareDefaults.callbackDNARate,
      dnaByQuintile: try dna.flatMap { try PathwayReader.quintiles($0, "by_imd_quintile") }
        ?? CareDefaults.dnaByQuintile,
      missedLimit: try dna?.int("missed_limit", in: 1...100, allowed: "a whole number from 1 to 100")
        ?? CareDefaults.missedLimit,
      onMissedLimit: onLimit, notRecovered: notRecovered,
      gpReturnDelay: try gp.flatMap { try DistributionReader.read($0, "delay") } ?? CareDefaults.gpReturnDelay,
      gpNeverReturn: try gp?.probability("never_return") ?? CareDefaults.gpNeverReturn,
      rerouteTo: try reroute(reader, ids: ids), discharge: dischargePolicy,
      coordinationTimeLimit: try discharge?.days("time_limit", minimum: 1) ?? CareDefaults.coordinationTimeLimit,
      stepDown: try stepDown(reader, ids: ids), deterioration: try deterioration(reader))
    policy.cancellations = try cancellations(reader)
    let countText = try dna?.string("missed_count") ?? MissedSessionCount.total.rawValue
    guard let count = MissedSessionCount(rawValue: countText) else {
      throw (dna ?? top).error("missed_count", "unknown rule '\(countText)'", allowed: "total, in_a_row")
    }
    policy.missedCount = count
    policy.callbackScope = try scope(dna, "callback_for", top: top)
    policy.callbackMinutes =
      try dna?.double("callback_minutes", in: 0...120, allowed: "staff minutes per call from 0 to 120")
      ?? CareDefaults.callbackMinutes
    policy.rerouteScope = try scope(reader, "reroute_scope", top: top)
    return policy
  }

  /// `all` or `coordinated`: which patients a policy reaches (default all).
  static func scope(_ reader: MappingReader?, _ key: String, top: MappingReader) throws -> PolicyScope {
    let text = try reader?.string(key) ?? PolicyScope.all.rawValue
    guard let scope = PolicyScope(rawValue: text) else {
      throw (reader ?? top).error(
        key, "unknown scope '\(text)'", allowed: "all (every patient), coordinated (people a link worker holds)")
    }
    return scope
  }

  /// `cancellations: {patient: P, provider: P}`: shares of booked sessions cancelled ahead.
  static func cancellations(_ reader: MappingReader?) throws -> SessionCancellations {
    guard let map = try reader?.mapping("cancellations") else { return .none }
    try map.rejectUnknownKeys(["patient", "provider"])
    let patient = try map.probability("patient") ?? 0
    let provider = try map.probability("provider") ?? 0
    guard patient + provider <= 1 + 1e-9 else {
      throw map.error("provider", "patient + provider = \(patient + provider)", allowed: "a total from 0 to 1")
    }
    return SessionCancellations(byPatient: patient, byProvider: provider)
  }

  static func reroute(_ reader: MappingReader?, ids: [String]) throws -> [String: String] {
    guard let map = try reader?.mapping("reroute") else { return [:] }
    var result: [String: String] = [:]
    for (from, _) in map.pairs {
      let to = try map.requiredString(from, allowed: ids.joined(separator: ", "))
      for id in [from, to] where !ids.contains(id) {
        throw map.error(from, "unknown service '\(id)'", allowed: ids.joined(separator: ", "))
      }
      result[from] = to
    }
    return result
  }

  static func stepDown(_ reader: MappingReader?, ids: [String]) throws -> StepDown? {
    guard let map = try reader?.mapping("step_down") else { return nil }
    if map.has("admissions_avoided_per_person_year") {
      throw map.error(
        "admissions_avoided_per_person_year",
        "is no longer read: step-down moves people off the CMHT caseload and their admissions follow from their journey",
        allowed: "people, over, to")
    }
    try map.rejectUnknownKeys(["people", "over", "to"])
    let people = try map.int("people", in: 0...ScenarioLimits.maximumBacklog) ?? 0
    let over = try map.days("over", minimum: 1) ?? 730.5
    let to = try map.requiredString("to", allowed: ids.joined(separator: ", "))
    guard ids.contains(to) else {
      throw map.error("to", "unknown service '\(to)'", allowed: ids.joined(separator: ", "))
    }
    return StepDown(people: people, overDays: over, to: to)
  }

  static func deterioration(_ reader: MappingReader?) throws -> Deterioration {
    let map = try reader?.mapping("deterioration")
    try map?.rejectUnknownKeys(["shape", "scale", "coordinated_multiplier", "admission_share", "cmht_share"])
    var scale = CareDefaults.deteriorationScale
    if let scales = try map?.mapping("scale") {
      for (name, _) in scales.pairs {
        scale[try PathwayReader.needState(name, scales)] = try scales.days(name, minimum: 0) ?? 0
      }
    }
    let admission = try map?.probability("admission_share") ?? CareDefaults.admissionShare
    let cmht = try map?.probability("cmht_share") ?? CareDefaults.cmhtShare
    if let map, admission + cmht > 1 + 1e-9 {
      throw map.error(
        "cmht_share", "admission_share + cmht_share = \(admission + cmht)", allowed: "a total of at most 1")
    }
    return Deterioration(
      shape: try map?.positiveDouble("shape", maximum: 100) ?? CareDefaults.deteriorationShape, scaleDays: scale,
      coordinatedMultiplier: try map?.double("coordinated_multiplier", in: 0...10, allowed: "a multiplier from 0 to 10")
        ?? CareDefaults.coordinatedMultiplier,
      admissionShare: admission, cmhtShare: cmht)
  }
}
