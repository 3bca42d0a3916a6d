import CareModel
import Population

/// Reads a care scenario's demand scenario from its `referrals:` section: growth, the yearly
/// cycle and step changes of the referral rate, each in place of the area file's when given.
///
/// ```yaml
/// referrals:
///   growth_per_year: 0.05                       # -0.5 to 0.5, compound
///   seasonality: {amplitude: 0.1, peak_month: 2}   # 0 to 0.99; 1 to 12
///   step_changes:                               # replaces the area's list
///     - {date: 2026-09-01, multiplier: 1.15, description: self-referral campaign}
/// ```
enum ReferralTimingReader {
  static let keys = ["growth_per_year", "seasonality", "step_changes"]
  static let growthAllowed = "a yearly fraction from -0.5 to 0.5"
  static let amplitudeAllowed = "a relative amplitude from 0 to 0.99"
  static let monthAllowed = "a month from 1 to 12"
  static let multiplierAllowed = ScenarioLimits.range(
    ScenarioLimits.smallestPositive, 100, "a multiplier of the referral rate")
  /// Step changes a scenario may hold.
  static let maximumStepChanges = 100

  /// The timing the section gives (`ReferralTiming.area` when it gives none).
  static func read(_ referrals: MappingReader?, startDate: String, horizonDays: Double) throws -> ReferralTiming {
    guard let r = referrals else { return .area }
    var timing = ReferralTiming()
    timing.growthPerYear = try r.double("growth_per_year", in: -0.5...0.5, allowed: growthAllowed)
    if let seasonality = try r.mapping("seasonality") {
      try seasonality.rejectUnknownKeys(["amplitude", "peak_month"])
      timing.seasonalityAmplitude = try seasonality.double("amplitude", in: 0...0.99, allowed: amplitudeAllowed)
      timing.peakMonth = try seasonality.int("peak_month", in: 1...12, allowed: monthAllowed)
    }
    if let items = try r.sequence("step_changes") {
      guard items.count <= maximumStepChanges else {
        throw r.error(
          "step_changes", "holds \(items.count) step changes", allowed: "0 to \(maximumStepChanges) step changes")
      }
      timing.stepChanges = try items.enumerated().map { number, item in
        let step = try MappingReader(item, file: r.file, path: "\(r.keyPath("step_changes")).\(number + 1)")
        return try stepChange(step, startDate: startDate, horizonDays: horizonDays)
      }
    }
    return timing
  }

  /// `{date, multiplier, description?}`: the rate x multiplier from the date on (a date from
  /// `start_date` to before the horizon).
  static func stepChange(_ step: MappingReader, startDate: String, horizonDays: Double) throws
    -> ReferralInputs.StepChange
  {
    try step.rejectUnknownKeys(["date", "multiplier", "description"])
    let lastDay = CareCalendar.isoDate(startDate, plusDays: horizonDays - 1e-9) ?? "the horizon"
    let allowed = "an ISO date from start_date \(startDate) to \(lastDay), before the horizon"
    let date = try step.requiredString("date", allowed: allowed)
    guard DurationText.parseDate(date) != nil, let day = DurationText.days(from: startDate, to: date) else {
      throw step.error("date", "'\(date)' is not a date", allowed: allowed)
    }
    guard day >= 0, day < horizonDays else {
      throw step.error("date", "\(date) is outside the run", allowed: allowed)
    }
    guard
      let multiplier = try step.double(
        "multiplier", in: ScenarioLimits.smallestPositive...100, allowed: multiplierAllowed)
    else {
      throw step.error("multiplier", "is missing", allowed: multiplierAllowed)
    }
    return ReferralInputs.StepChange(day: day, multiplier: multiplier)
  }
}
