import CareModel
import Population
import StepwellMetrics

/// Reads `costs:`: unit costs with their source years, uplift factors to one price year,
/// how each service is paid for and by whom, discounting, thresholds and societal valuations.
/// Absent keys take the defaults of `CareDefaults.costs`.
enum CostReader {
  static let keys = [
    "price_year", "discount_rate", "discount_rate_outcomes", "discount_rate_outcomes_sensitivity", "uplift",
    "gdp_deflator", "unit_costs", "bed_fixed_share", "costing", "payers", "thresholds", "valuations",
  ]
  static let unitKeys = [
    "sessions", "assessment", "gp_consultation", "cmht_contact", "cmht_contacts_per_week", "crisis_month", "bed_day",
    "out_of_area_bed_day", "staff_wte_year", "group_session", "community_episode", "callback_hour",
  ]

  static func read(_ reader: MappingReader?, top: MappingReader, services: [ServiceSpec]) throws -> CostSpec {
    try reader?.rejectUnknownKeys(keys)
    let defaults = CareDefaults.costs
    let ids = services.map(\.id)
    let uplift = try factors(reader, "uplift", defaults.uplift)
    let deflator = try factors(reader, "gdp_deflator", defaults.gdpDeflator)
    let priceYear = try reader?.string("price_year") ?? defaults.priceYear
    for (key, table) in [("uplift", uplift), ("gdp_deflator", deflator)] where table[priceYear] == nil {
      throw (reader ?? top).error(
        "price_year", "no \(key) factor for \(priceYear)", allowed: table.keys.sorted().joined(separator: ", "))
    }
    let units = try reader?.mapping("unit_costs")
    try units?.rejectUnknownKeys(unitKeys)
    let values = try reader?.mapping("valuations")
    try values?.rejectUnknownKeys(["suicide", "purposeful_year"])
    let nhs = PriceReader(uplift: uplift, priceYear: priceYear, top: top)
    let societal = PriceReader(uplift: deflator, priceYear: priceYear, top: top)
    var sessionCost: [String: Double] = [:]
    for (id, fallback) in defaults.sessions where ids.contains(id) {
      sessionCost[id] = try nhs.price(try units?.mapping("sessions"), id, fallback)
    }
    if let sessions = try units?.mapping("sessions") {
      for (id, _) in sessions.pairs {
        try known(id, ids, sessions)
        sessionCost[id] = try nhs.price(sessions, id, defaults.sessions[id] ?? .init(0, defaults.priceYear))
      }
    }
    let staffMap = try units?.mapping("staff_wte_year")
    var staff: [String: Double] = [:]
    for service in services {
      guard let fallback = defaults.staff[service.id] ?? defaults.staffByKind[service.kind] else { continue }
      staff[service.id] = try nhs.price(staffMap, service.id, fallback)
    }
    for (id, _) in staffMap?.pairs ?? [] {
      try known(id, ids, staffMap!)
      staff[id] = try nhs.price(staffMap, id, .init(0, defaults.priceYear))
    }
    let contactsPerWeek =
      try units?.double("cmht_contacts_per_week", in: 0...21, allowed: "contacts per week, 0 to 21") ?? 1
    var spec = CostSpec(
      priceYear: priceYear,
      discountRate: try reader?.double("discount_rate", in: 0...0.5, allowed: "a rate from 0 to 0.5") ?? 0.035,
      sessionCost: sessionCost, assessment: try nhs.price(units, "assessment", defaults.assessment),
      gpConsultation: try nhs.price(units, "gp_consultation", defaults.gpConsultation),
      cmhtPerDay: try nhs.price(units, "cmht_contact", defaults.cmhtContact) * contactsPerWeek / 7,
      crisisPerDay: try nhs.price(units, "crisis_month", defaults.crisisMonth) / DayCount.perMonth,
      bedDay: try nhs.price(units, "bed_day", defaults.bedDay),
      outOfAreaBedDay: try nhs.price(units, "out_of_area_bed_day", defaults.outOfAreaBedDay),
      staffPerWTEYear: staff,
      communityEpisode: try nhs.price(units, "community_episode", defaults.communityEpisode),
      suicideValue: try societal.price(values, "suicide", defaults.suicide),
      purposefulYearValue: try societal.price(values, "purposeful_year", defaults.purposefulYear))
    spec.callbackHour = try nhs.price(units, "callback_hour", defaults.callbackHour)
    spec.groupSession = try nhs.price(units, "group_session", defaults.groupSession)
    spec.bedFixedShare =
      try reader?.double("bed_fixed_share", in: 0...1, allowed: "a share from 0 to 1") ?? defaults.bedFixedShare
    spec.outcomeDiscountRate =
      try reader?.double("discount_rate_outcomes", in: 0...0.5, allowed: "a rate from 0 to 0.5") ?? 0.035
    spec.outcomeSensitivityRate =
      try reader?.double("discount_rate_outcomes_sensitivity", in: 0...0.5, allowed: "a rate from 0 to 0.5") ?? 0.015
    spec.thresholds = try thresholds(reader) ?? spec.thresholds
    spec.costing = try CostingReader.modes(try reader?.mapping("costing"), services: services)
    spec.payers = try CostingReader.payers(try reader?.mapping("payers"), ids: ids)
    return spec
  }

  /// A table of price factors by year (`uplift`, `gdp_deflator`): the defaults with the
  /// scenario's entries added or replaced.
  static func factors(_ reader: MappingReader?, _ key: String, _ defaults: [String: Double]) throws -> [String: Double]
  {
    var table = defaults
    if let map = try reader?.mapping(key) {
      for (year, _) in map.pairs {
        table[year] = try map.double(year, in: 0.01...100, allowed: "a multiplier from 0.01 to 100")
      }
    }
    return table
  }

  /// `costs.thresholds`: a list of pounds per QALY, each from 0 to 1,000,000.
  static func thresholds(_ reader: MappingReader?) throws -> [Double]? {
    guard let reader, let items = try reader.sequence("thresholds") else { return nil }
    let allowed = "a list of one or more pounds per QALY, each from 0 to 1,000,000"
    guard !items.isEmpty else { throw reader.error("thresholds", "is empty", allowed: allowed) }
    return try items.map { item in
      guard case .scalar(let scalar) = item, let value = MappingReader.number(scalar.string), (0...1e6).contains(value)
      else { throw reader.error("thresholds", "holds '\(item.string ?? "?")'", allowed: allowed) }
      return value
    }
  }

  /// Throws unless `id` is one of the scenario's services.
  static func known(_ id: String, _ ids: [String], _ map: MappingReader) throws {
    guard ids.contains(id) else {
      throw map.error(id, "unknown service '\(id)'", allowed: ids.joined(separator: ", "))
    }
  }
}
