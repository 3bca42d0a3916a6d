import CareModel
import Population

/// Reads `risk.suicide:`, the suicide hazard by sex, age band, severity, treatment and recovery.
/// Absent keys take the defaults of `CareDefaults.suicideHazard`.
enum SuicideHazardReader {
  static let keys = [
    "base_per_100k", "age_multiplier", "severity_rr", "treatment_rr", "recovered_rr", "not_in_contact_multiplier",
  ]

  static func read(_ reader: MappingReader?) throws -> SuicideHazard? {
    guard let reader else { return nil }
    try reader.rejectUnknownKeys(keys)
    var hazard = CareDefaults.suicideHazard
    if let map = try reader.mapping("base_per_100k") {
      for (name, _) in map.pairs {
        guard let sex = Sex(rawValue: name) else {
          throw map.error(name, "unknown sex '\(name)'", allowed: Sex.allCases.map(\.rawValue).joined(separator: ", "))
        }
        hazard.basePer100k[sex] = try map.double(
          name, in: 0...1000, allowed: "deaths per 100,000 person-years, 0 to 1000")
      }
    }
    if let map = try reader.mapping("age_multiplier") {
      for (name, _) in map.pairs {
        guard let band = AgeBand(rawValue: name) else {
          throw map.error(
            name, "unknown age band '\(name)'", allowed: AgeBand.allCases.map(\.rawValue).joined(separator: ", "))
        }
        hazard.ageMultiplier[band] = try map.double(name, in: 0...20, allowed: "a multiplier from 0 to 20")
      }
    }
    if let map = try reader.mapping("severity_rr") {
      for (name, _) in map.pairs {
        let need = try PathwayReader.referredNeed(name, map)
        hazard.severityRR[need] = try map.double(name, in: 0...200, allowed: "a relative risk from 0 to 200")
      }
    }
    let rr = "a relative risk from 0 to 200"
    hazard.treatmentRR = try reader.double("treatment_rr", in: 0...200, allowed: rr) ?? hazard.treatmentRR
    hazard.recoveredRR = try reader.double("recovered_rr", in: 0...200, allowed: rr) ?? hazard.recoveredRR
    hazard.notInContactMultiplier =
      try reader.double("not_in_contact_multiplier", in: 0...10, allowed: "a multiplier from 0 to 10")
      ?? hazard.notInContactMultiplier
    return hazard
  }
}
