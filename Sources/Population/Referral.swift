/// Who sent a referral to the service.
public enum ReferralRoute: String, Sendable, CaseIterable {
  /// Referred by a general practitioner.
  case gp
  /// Self-referral.
  case `self`
}

/// One referral of a new episode: when, whom, and by which route.
public struct Referral: Sendable, Hashable {
  /// Day of the referral, from the start of the run (days, >= 0).
  public let day: Double
  /// The person referred: an index into `SyntheticPopulation.people`.
  public let person: Int32
  /// GP or self-referral.
  public let route: ReferralRoute
  /// The state of the episode that brought the person in: `.mildModerate` or `.severeCMD`.
  ///
  /// For a person with a CMD at the start of the run it is their `state`; for a person who was
  /// well at the start (most referred people over a run of years) it is drawn by the severe
  /// share of their sex. Route care by this, not by `Person.state`, which is the state at day 0.
  public let episodeState: MentalHealthState

  public init(
    day: Double, person: Int32, route: ReferralRoute,
    episodeState: MentalHealthState = .mildModerate
  ) {
    self.day = day
    self.person = person
    self.route = route
    self.episodeState = episodeState
  }
}
