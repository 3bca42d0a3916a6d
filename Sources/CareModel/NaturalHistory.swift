import Population

/// How an episode ends without treatment: remission at a constant hazard by severity, for people
/// waiting for a service and for people who left the pathway untreated.
///
/// A remission takes a waiting person off the list (removed other than treatment) and ends the
/// crisis hazard of an untreated episode, so the untreated pool and the crises it feeds settle
/// instead of growing for ever. A hazard of 0 switches remission off for that severity.
public struct NaturalHistory: Sendable, Equatable {
  /// Remission hazard per month (1 month = 365.25 / 12 days), by the severity of the episode.
  public var remissionPerMonth: [MentalHealthState: Double]

  /// Remission off for every severity.
  public static let none = NaturalHistory(remissionPerMonth: [:])

  public init(remissionPerMonth: [MentalHealthState: Double]) {
    self.remissionPerMonth = remissionPerMonth
  }

  /// The remission hazard per day of an episode of this severity (0: never remits untreated).
  public func remissionPerDay(_ state: MentalHealthState) -> Double {
    (remissionPerMonth[state] ?? 0) / DayCount.perMonth
  }
}
