import Population
import Yams

/// The `referrals` section of an area file.
enum AreaReferralSection {
  static let keys = [
    "per_year", "plausible_low", "plausible_high", "self_referral_share", "propensity_by_age",
    "growth_per_year", "seasonality", "step_changes", "propensity_by_imd_quintile", "propensity_by_ethnicity",
  ]

  static func read(_ r: MappingReader) throws -> ReferralInputs {
    try r.rejectUnknownKeys(keys)
    let count = "a number of referrals a year from 0 to 1000000000"
    let seasonality = try AreaSections.section(r, "seasonality")
    try seasonality.rejectUnknownKeys(["amplitude", "peak_month"])
    var inputs = ReferralInputs(
      perYear: try AreaSections.number(r, "per_year", 0...1e9, count),
      plausibleLow: try AreaSections.number(r, "plausible_low", 0...1e9, count),
      plausibleHigh: try AreaSections.number(r, "plausible_high", 0...1e9, count),
      selfReferralShare: try AreaSections.number(r, "self_referral_share", 0...1, AreaSections.share),
      propensityByAge: try propensity(r),
      growthPerYear: try AreaSections.number(r, "growth_per_year", -0.5...0.5, "a yearly fraction from -0.5 to 0.5"),
      seasonalityAmplitude: try AreaSections.number(
        seasonality, "amplitude", 0...0.99, "a relative amplitude from 0 to 0.99"),
      peakMonth: try AreaSections.required(
        try seasonality.int("peak_month", in: 1...12, allowed: "a month from 1 to 12"), seasonality, "peak_month",
        "a month from 1 to 12"),
      stepChanges: try steps(r))
    inputs.gradient = try gradient(r)
    return inputs
  }

  /// `propensity_by_imd_quintile` and `propensity_by_ethnicity`: relative referral propensity
  /// given need (1 where absent; the renormalisation is the scenario's `equity.referral_total`).
  static func gradient(_ r: MappingReader) throws -> ReferralGradient {
    let range = ReferralGradient.allowedRange
    let flat = ReferralGradient.none
    return ReferralGradient(
      byQuintile: try GroupMultiplierReader.quintiles(
        r, "propensity_by_imd_quintile", range: range, noun: "a multiplier")
        ?? flat.byQuintile,
      byEthnicity: try GroupMultiplierReader.ethnicGroups(
        r, "propensity_by_ethnicity", range: range, noun: "a multiplier")
        ?? flat.byEthnicity,
      total: .keep)
  }

  /// Reads list element `index` of `key` as a mapping with the given keys.
  static func element(_ r: MappingReader, _ key: String, _ index: Int, _ node: Node, keys: [String]) throws
    -> MappingReader
  {
    let entry = try MappingReader(node, file: r.file, path: "\(r.keyPath(key))[\(index)]")
    try entry.rejectUnknownKeys(keys)
    return entry
  }

  static func propensity(_ r: MappingReader) throws -> [ReferralInputs.AgePoint] {
    let list = try AreaSections.required(
      try r.sequence("propensity_by_age"), r, "propensity_by_age", "a list of {age, value} points")
    return try list.enumerated().map { index, node in
      let point = try element(r, "propensity_by_age", index, node, keys: ["age", "value"])
      let age = try AreaSections.required(
        try point.int("age", in: 0...99, allowed: "a whole number of years from 0 to 99"), point, "age",
        "a whole number of years from 0 to 99")
      return ReferralInputs.AgePoint(
        age: age, value: try AreaSections.number(point, "value", 0...1e6, "a relative propensity above 0"))
    }
  }

  static func steps(_ r: MappingReader) throws -> [ReferralInputs.StepChange] {
    let list = try r.sequence("step_changes") ?? []
    return try list.enumerated().map { index, node in
      let step = try element(r, "step_changes", index, node, keys: ["day", "multiplier"])
      return ReferralInputs.StepChange(
        day: try AreaSections.number(step, "day", 0...1e6, "days from the start of the run, from 0 to 1000000"),
        multiplier: try AreaSections.number(step, "multiplier", 0...100, "a multiplier above 0, at most 100"))
    }
  }
}
