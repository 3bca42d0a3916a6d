import CareModel

/// Reads `risk:` (suicide hazards by state, contact window, background secondary demand).
enum RiskReader {
  static func read(_ reader: MappingReader?, top: MappingReader) throws -> RiskSpec {
    try reader?.rejectUnknownKeys([
      "suicide_per_100k", "suicide", "contact_window", "background_admissions_per_year", "background_cmht_per_year",
    ])
    let hazard = try SuicideHazardReader.read(try reader?.mapping("suicide"))
    var rates = CareDefaults.suicidePer100k
    if let map = try reader?.mapping("suicide_per_100k") {
      for (name, _) in map.pairs {
        guard let state = RiskState(rawValue: name) else {
          throw map.error(
            name, "unknown state '\(name)'", allowed: RiskState.allCases.map(\.rawValue).joined(separator: ", "))
        }
        if hazard != nil, state != .inpatient, state != .postDischarge {
          throw map.error(
            name, "is not read when risk.suicide sets the hazard by sex, age, severity and treatment",
            allowed: "inpatient, post_discharge")
        }
        rates[state] = try map.double(name, in: 0...1e5, allowed: "deaths per 100,000 person-years, 0 to 100000") ?? 0
      }
    }
    let allowed = "a number of people per year from 0 to 1000000"
    var spec = RiskSpec(
      suicidePer100k: rates,
      contactWindowDays: try reader?.days("contact_window", minimum: 0) ?? CareDefaults.contactWindowDays,
      backgroundAdmissionsPerYear: try reader?.double("background_admissions_per_year", in: 0...1e6, allowed: allowed)
        ?? 0,
      backgroundCMHTPerYear: try reader?.double("background_cmht_per_year", in: 0...1e6, allowed: allowed) ?? 0)
    spec.hazard = hazard
    return spec
  }
}
