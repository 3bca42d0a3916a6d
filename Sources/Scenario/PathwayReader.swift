import CareModel
import Population

/// Reads `pathway:`: entry, routing by need, co-ordination, step-up, recovery, dropout.
enum PathwayReader {
  static let keys = [
    "entry", "turned_away", "assessment_dna", "routes", "coordination", "community", "step_up",
    "recovery", "recovery_by_imd_quintile", "dropout_per_session", "secondary", "first_treatment",
    "long_term_conditions",
  ]

  static func read(_ reader: MappingReader, services: [ServiceSpec]) throws -> PathwaySpec {
    try reader.rejectUnknownKeys(keys)
    let ids = services.map(\.id)
    let known = ids.joined(separator: ", ")
    func service(_ r: MappingReader, _ key: String) throws -> String? {
      guard let id = try r.string(key) else { return nil }
      guard ids.contains(id) else { throw r.error(key, "unknown service '\(id)'", allowed: known) }
      return id
    }
    guard let entry = try service(reader, "entry") else {
      throw reader.error("entry", "is missing", allowed: known)
    }
    var routes: [MentalHealthState: [PathwaySpec.Branch]] = [:]
    if let routesReader = try reader.mapping("routes") {
      for (stateName, _) in routesReader.pairs {
        let state = try referredNeed(stateName, routesReader)
        guard let branchReader = try routesReader.mapping(stateName) else { continue }
        routes[state] = try branches(branchReader, ids: ids)
      }
    }
    let coordination = try reader.mapping("coordination")
    try coordination?.rejectUnknownKeys(["service", "share"])
    let community = try reader.mapping("community")
    try community?.rejectUnknownKeys(["service", "share"])
    let secondary = try reader.mapping("secondary")
    try secondary?.rejectUnknownKeys(["cmht", "crisis", "beds"])
    let firstTreatment = try reader.string("first_treatment") ?? "first_session"
    guard ["first_session", "assessment"].contains(firstTreatment) else {
      throw reader.error(
        "first_treatment", "unknown choice '\(firstTreatment)'",
        allowed: "first_session (the course's first session), assessment (an attended assessment counts)")
    }
    var pathway = PathwaySpec(
      entry: entry, turnedAway: try byNeed(try reader.mapping("turned_away"), referred: true),
      assessmentDNA: try reader.probability("assessment_dna") ?? 0.2,
      routes: routes, coordinationService: try coordination.flatMap { try service($0, "service") },
      coordinationShare: try byNeed(try coordination?.mapping("share"), referred: true),
      communityService: try community.flatMap { try service($0, "service") },
      communityShare: try community?.probability("share") ?? 0,
      stepUps: try stepUps(reader, ids: ids), recovery: try recovery(reader, ids: ids),
      recoveryByQuintile: try quintiles(reader, "recovery_by_imd_quintile") ?? CareDefaults.recoveryByQuintile,
      dropoutPerSession: try reader.probability("dropout_per_session") ?? CareDefaults.dropoutPerSession,
      cmhtService: try secondary.flatMap { try service($0, "cmht") },
      crisisService: try secondary.flatMap { try service($0, "crisis") },
      bedService: try secondary.flatMap { try service($0, "beds") })
    pathway.assessmentIsTreatment = firstTreatment == "assessment"
    pathway.longTermConditions = try LongTermConditionReader.read(reader, services: services)
    return pathway
  }

  static func needState(_ name: String, _ reader: MappingReader) throws -> MentalHealthState {
    guard let state = MentalHealthState(rawValue: name) else {
      throw reader.error(
        name, "unknown need '\(name)'", allowed: MentalHealthState.allCases.map(\.rawValue).joined(separator: ", "))
    }
    return state
  }

  /// A need a referral can have: every referred person has at least a mild-to-moderate episode,
  /// so a key for `none` could never act and is refused.
  static func referredNeed(_ name: String, _ reader: MappingReader) throws -> MentalHealthState {
    let state = try needState(name, reader)
    guard state != .none else {
      throw reader.error(
        name, "no referral has need 'none' (a referred person has at least a mild-to-moderate episode)",
        allowed: "mild_moderate, severe_cmd, smi")
    }
    return state
  }

  /// `{need: probability}`; with `referred`, only needs a referral can have.
  static func byNeed(_ reader: MappingReader?, referred: Bool = false) throws -> [MentalHealthState: Double] {
    guard let reader else { return [:] }
    var result: [MentalHealthState: Double] = [:]
    for (name, _) in reader.pairs {
      let state = referred ? try referredNeed(name, reader) : try needState(name, reader)
      result[state] = try reader.probability(name) ?? 0
    }
    return result
  }

  /// `{service: probability}` summing to 1; the key `discharge` (when no service has that id)
  /// is advice and discharge after the assessment, with no further treatment.
  static func branches(_ reader: MappingReader, ids: [String]) throws -> [PathwaySpec.Branch] {
    var result: [PathwaySpec.Branch] = []
    for (id, _) in reader.pairs {
      guard ids.contains(id) || id == PathwaySpec.Branch.discharge else {
        throw reader.error(
          id, "routes to unknown service '\(id)'",
          allowed: (ids + [PathwaySpec.Branch.discharge]).joined(separator: ", "))
      }
      result.append(.init(service: id, probability: try reader.probability(id) ?? 0))
    }
    let total = result.reduce(0) { $0 + $1.probability }
    guard abs(total - 1) < 1e-6 else {
      throw reader.error(nil, "probabilities sum to \(total)", allowed: "probabilities summing to 1")
    }
    return result
  }

  static func stepUps(_ reader: MappingReader, ids: [String]) throws -> [PathwaySpec.StepUp] {
    guard let items = try reader.sequence("step_up") else { return [] }
    return try items.enumerated().map { number, item in
      let rule = try MappingReader(item, file: reader.file, path: "\(reader.keyPath("step_up")).\(number)")
      try rule.rejectUnknownKeys(["from", "to", "probability"])
      let from = try rule.requiredString("from", allowed: ids.joined(separator: ", "))
      let to = try rule.requiredString("to", allowed: ids.joined(separator: ", "))
      for (key, id) in [("from", from), ("to", to)] where !ids.contains(id) {
        throw rule.error(key, "unknown service '\(id)'", allowed: ids.joined(separator: ", "))
      }
      guard let p = try rule.probability("probability") else {
        throw rule.error("probability", "is missing", allowed: "a probability from 0 to 1")
      }
      return .init(from: from, to: to, probability: p)
    }
  }

  static func recovery(_ reader: MappingReader, ids: [String]) throws -> [String: Double] {
    guard let map = try reader.mapping("recovery") else { return [:] }
    var result: [String: Double] = [:]
    for (id, _) in map.pairs {
      guard ids.contains(id) else {
        throw map.error(id, "unknown service '\(id)'", allowed: ids.joined(separator: ", "))
      }
      result[id] = try map.probability(id) ?? 0
    }
    return result
  }

  /// Five non-negative multipliers, most deprived quintile first.
  static func quintiles(_ reader: MappingReader, _ key: String) throws -> [Double]? {
    guard reader.has(key) else { return nil }
    let values = try DistributionReader.numberList(reader, key)
    guard values.count == 5, values.allSatisfy({ $0 >= 0 }) else {
      throw reader.error(
        key, "needs five multipliers", allowed: "a list of 5 numbers >= 0, most deprived quintile first")
    }
    return values
  }
}
