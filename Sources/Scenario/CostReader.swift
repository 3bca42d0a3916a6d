import CareModel
import Population

/// Reads `costs:`: unit costs with their source years, uplift factors to one price year,
/// discounting and valuations. Absent keys take the defaults of `CareDefaults.costs`.
enum CostReader {
  static let keys = ["price_year", "discount_rate", "uplift", "unit_costs", "valuations"]
  static let unitKeys = [
    "sessions", "assessment", "gp_consultation", "cmht_contact", "cmht_contacts_per_week",
    "crisis_month", "bed_day", "out_of_area_bed_day", "staff_wte_year", "community_episode", "callback_hour",
  ]

  static func read(_ reader: MappingReader?, top: MappingReader, services ids: [String]) throws -> CostSpec {
    try reader?.rejectUnknownKeys(keys)
    let defaults = CareDefaults.costs
    var uplift = defaults.uplift
    if let map = try reader?.mapping("uplift") {
      for (year, _) in map.pairs {
        uplift[year] = try map.double(year, in: 0.01...100, allowed: "a multiplier from 0.01 to 100")
      }
    }
    let priceYear = try reader?.string("price_year") ?? defaults.priceYear
    guard uplift[priceYear] != nil else {
      throw (reader ?? top).error(
        "price_year", "no uplift factor for \(priceYear)", allowed: uplift.keys.sorted().joined(separator: ", "))
    }
    let units = try reader?.mapping("unit_costs")
    try units?.rejectUnknownKeys(unitKeys)
    let values = try reader?.mapping("valuations")
    try values?.rejectUnknownKeys(["suicide", "purposeful_year"])
    func price(_ map: MappingReader?, _ key: String, _ fallback: CareDefaults.Price) throws -> Double {
      let given = try map?.mapping(key)
      try given?.rejectUnknownKeys(["value", "year"])
      let value = try given?.double("value", in: 0...1e9, allowed: "pounds from 0 to 1e9") ?? fallback.value
      let year = try given?.string("year") ?? fallback.year
      guard let factor = uplift[year], let target = uplift[priceYear] else {
        throw (given ?? map ?? top).error(
          "year", "no uplift factor for \(year)", allowed: uplift.keys.sorted().joined(separator: ", "))
      }
      return value * factor / target
    }
    var sessionCost: [String: Double] = [:]
    for (id, fallback) in defaults.sessions where ids.contains(id) {
      sessionCost[id] = try price(try units?.mapping("sessions"), id, fallback)
    }
    if let sessions = try units?.mapping("sessions") {
      for (id, _) in sessions.pairs {
        guard ids.contains(id) else {
          throw sessions.error(id, "unknown service '\(id)'", allowed: ids.joined(separator: ", "))
        }
        sessionCost[id] = try price(sessions, id, defaults.sessions[id] ?? .init(0, defaults.priceYear))
      }
    }
    var staff: [String: Double] = [:]
    for (id, fallback) in defaults.staff where ids.contains(id) {
      staff[id] = try price(try units?.mapping("staff_wte_year"), id, fallback)
    }
    if let map = try units?.mapping("staff_wte_year") {
      for (id, _) in map.pairs where ids.contains(id) {
        staff[id] = try price(map, id, defaults.staff[id] ?? .init(0, defaults.priceYear))
      }
    }
    let contactsPerWeek =
      try units?.double("cmht_contacts_per_week", in: 0...21, allowed: "contacts per week, 0 to 21") ?? 1
    var spec = CostSpec(
      priceYear: priceYear,
      discountRate: try reader?.double("discount_rate", in: 0...0.5, allowed: "a rate from 0 to 0.5") ?? 0.035,
      sessionCost: sessionCost, assessment: try price(units, "assessment", defaults.assessment),
      gpConsultation: try price(units, "gp_consultation", defaults.gpConsultation),
      cmhtPerDay: try price(units, "cmht_contact", defaults.cmhtContact) * contactsPerWeek / 7,
      crisisPerDay: try price(units, "crisis_month", defaults.crisisMonth) / DayCount.perMonth,
      bedDay: try price(units, "bed_day", defaults.bedDay),
      outOfAreaBedDay: try price(units, "out_of_area_bed_day", defaults.outOfAreaBedDay),
      staffPerWTEYear: staff,
      communityEpisode: try price(units, "community_episode", defaults.communityEpisode),
      suicideValue: try price(values, "suicide", defaults.suicide),
      purposefulYearValue: try price(values, "purposeful_year", defaults.purposefulYear))
    spec.callbackHour = try price(units, "callback_hour", defaults.callbackHour)
    return spec
  }
}
