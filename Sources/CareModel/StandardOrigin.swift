/// The day a service's access standard is counted from (`standard_from` in a scenario).
public enum StandardOrigin: String, Sendable, CaseIterable {
  /// From joining the service's waiting list (the default).
  case list
  /// From the referral: the day the current referral was made, for everyone who has not yet had
  /// a treatment session in it. A step-up or re-routing after treatment has started is a
  /// referral within the provider, so it counts from joining the new list.
  case referral

  /// The wait (days) the standard is judged on, for a start at `now` (days) of someone who
  /// joined the list at `listDay` under a referral made on `referralDay`.
  ///
  /// - Parameter treated: true when the person has had a treatment session in this referral.
  @inlinable
  public func wait(now: Double, listDay: Double, referralDay: Double, treated: Bool) -> Double {
    switch self {
    case .list: return now - listDay
    case .referral: return treated ? now - listDay : now - referralDay
    }
  }

  /// True when a wait (days) is within a standard (days), allowing for rounding.
  @inlinable
  public static func isWithin(wait: Double, standard: Double) -> Bool { wait <= standard + 1e-9 }
}
