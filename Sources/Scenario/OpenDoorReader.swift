import Population

/// Reads `referrals.open_door`: self-referral through an open door, added to the GP route.
///
/// ```yaml
/// referrals:
///   open_door:
///     self_referral: on             # off closes the door (nothing added)
///     propensity: 0.03              # of episodes the GP route does not refer, 0 to 1
///     mild_moderate_share: 0.85     # of the added referrals, 0 to 1
///     from: 2011-04-01              # optional: the day the door opens (a date or a duration)
/// ```
enum OpenDoorReader {
  static let keys = ["self_referral", "propensity", "mild_moderate_share", "from"]
  static let propensityAllowed =
    "a probability from 0 to 1 that an episode the GP route does not refer is self-referred"
  static let mixAllowed = "a share from 0 to 1 of the added self-referrals that are mild to moderate"

  /// The open door, or nil when the key is absent or `self_referral` is off.
  static func read(_ referrals: MappingReader?, startDate: String, horizonDays: Double) throws -> OpenDoor? {
    guard let r = try referrals?.mapping("open_door") else { return nil }
    try r.rejectUnknownKeys(keys)
    guard let on = try r.bool("self_referral") else {
      throw r.error("self_referral", "is missing", allowed: "on or off")
    }
    let propensity = try required(r, "propensity", r.double("propensity", in: 0...1, allowed: propensityAllowed))
    let mix = try required(
      r, "mild_moderate_share", r.double("mild_moderate_share", in: 0...1, allowed: mixAllowed))
    let fromDay = try opening(r, startDate: startDate, horizonDays: horizonDays)
    return on ? OpenDoor(propensity: propensity, mildModerateShare: mix, fromDay: fromDay) : nil
  }

  static func required(_ r: MappingReader, _ key: String, _ value: Double?) throws -> Double {
    guard let value else {
      throw r.error(key, "is missing", allowed: key == "propensity" ? propensityAllowed : mixAllowed)
    }
    return value
  }

  /// `from`: a date on or after `start_date`, or a duration from it, before the horizon (0 when absent).
  static func opening(_ r: MappingReader, startDate: String, horizonDays: Double) throws -> Double {
    guard let text = try r.string("from") else { return 0 }
    let allowed = "a date from start_date \(startDate) to before the horizon, or a duration from the start"
    guard let day = DurationText.days(from: startDate, to: text) ?? DurationText.days(text) else {
      throw r.error("from", "'\(text)' is not a date or a duration", allowed: allowed)
    }
    guard day >= 0, day < horizonDays else {
      throw r.error("from", "'\(text)' is outside the run", allowed: allowed)
    }
    return day
  }
}
