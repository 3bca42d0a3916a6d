import CareModel
import Population

/// Reads `utilities:` (EQ-5D-3L health-state utilities for QALYs), filling absent values from
/// `UtilitySpec.defaults`.
enum UtilityReader {
  /// The UK EQ-5D-3L tariff's range: -0.594 (the worst state) to 1 (full health).
  static let range = -0.594...1.0
  static let allowed = ScenarioLimits.range(range.lowerBound, range.upperBound, "an EQ-5D utility")

  static func read(_ reader: MappingReader?) throws -> UtilitySpec {
    var spec = UtilitySpec.defaults
    guard let reader else { return spec }
    try reader.rejectUnknownKeys([
      "symptomatic", "in_treatment", "recovered", "secondary_care", "inpatient", "post_discharge",
    ])
    spec.symptomatic = try byNeed(try reader.mapping("symptomatic"), spec.symptomatic)
    if let map = try reader.mapping("in_treatment") { spec.inTreatment = try byNeed(map, spec.symptomatic) }
    spec.recovered = try reader.double("recovered", in: range, allowed: allowed) ?? spec.recovered
    spec.secondaryCare = try reader.double("secondary_care", in: range, allowed: allowed) ?? spec.secondaryCare
    spec.inpatient = try reader.double("inpatient", in: range, allowed: allowed) ?? spec.inpatient
    spec.postDischarge = try reader.double("post_discharge", in: range, allowed: allowed) ?? spec.postDischarge
    return spec
  }

  /// Utilities by need (`mild_moderate`, `severe_cmd`, `smi`), over `fallback`.
  static func byNeed(_ map: MappingReader?, _ fallback: [MentalHealthState: Double]) throws -> [MentalHealthState:
    Double]
  {
    var values = fallback
    for (name, _) in map?.pairs ?? [] {
      let state = try PathwayReader.needState(name, map!)
      values[state] = try map!.double(name, in: range, allowed: allowed)
    }
    return values
  }
}
