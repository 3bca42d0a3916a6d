/// Expected referrals by group, for `referrals_by_group.csv` and breakdowns.
extension ReferralInflow {
  /// Expected new-episode referrals a year of one group.
  public struct GroupRate: Sendable, Hashable {
    /// The group's name, as in `PopulationDimension.groups`.
    public let group: String
    /// Expected new-episode referrals in the first year (referrals a year).
    public let perYear: Double
  }

  /// The mean rate factor of the first year, step changes included (1 without them).
  public var firstYearFactor: Double { modulation.mean(fromDay: 0, toDay: DayCount.perYear) }

  /// Expected new-episode referrals in the first year (days 0 to 365.25), step changes included,
  /// of each group of `dimension`, in the dimension's group order.
  public func expectedReferralsPerYear(by dimension: PopulationDimension) -> [GroupRate] {
    var totals = [Double](repeating: 0, count: dimension.groups.count)
    for person in population.people {
      let rate = cells.rate(of: person)
      if rate > 0 { totals[dimension.groupIndex(of: person)] += rate }
    }
    let factor = firstYearFactor
    return zip(dimension.groups, totals).map { GroupRate(group: $0, perYear: $1 * factor) }
  }

  /// Expected new-episode referrals in the first year by route (GP, self).
  public func expectedReferralsPerYearByRoute() -> [ReferralRoute: Double] {
    let total = newReferralsPerYear * firstYearFactor
    let selfShare = population.area.referrals.selfReferralShare
    return [.gp: total * (1 - selfShare), .`self`: total * selfShare]
  }

  /// Expected new-episode referrals in the first year by the state of the referred episode.
  public func expectedReferralsPerYearByEpisodeState() -> [MentalHealthState: Double] {
    var severe = 0.0
    var mild = 0.0
    for person in population.people {
      let rate = cells.rate(of: person)
      guard rate > 0 else { continue }
      switch person.state {
      case .severeCMD: severe += rate
      case .mildModerate: mild += rate
      case .none, .smi:
        let share = population.prevalence.severeShare(person.sex)
        severe += rate * share
        mild += rate * (1 - share)
      }
    }
    let factor = firstYearFactor
    return [.mildModerate: mild * factor, .severeCMD: severe * factor]
  }
}
