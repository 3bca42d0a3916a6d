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

  /// The open door's share of the first year, weighted by the time modulation: 0 without an open
  /// door or when it opens after the first year.
  var openDoorFirstYearFactor: Double {
    guard let door = openDoor, door.fromDay < DayCount.perYear else { return 0 }
    return modulation.mean(fromDay: door.fromDay, toDay: DayCount.perYear) * (DayCount.perYear - door.fromDay)
      / DayCount.perYear
  }

  /// Expected new-episode referrals in the first year (days 0 to 365.25), step changes and the
  /// open door included.
  public var expectedFirstYearReferrals: Double {
    newReferralsPerYear * firstYearFactor + openDoorReferralsPerYear * openDoorFirstYearFactor
  }

  /// Expected open-door self-referrals a year of `person` at the first year's rates (0 without
  /// an open door).
  func openDoorRatePerYear(of person: Person) -> Double {
    guard let doorCells = openDoorCells, cells.isAtRisk(person) else { return 0 }
    return doorCells.ratePerYear[ReferralCells.cell(of: person, ethnicGroups: cells.ethnicGroups)]
  }

  /// Expected new-episode referrals in the first year (days 0 to 365.25), step changes and the
  /// open door included, of each group of `dimension`, in the dimension's group order.
  public func expectedReferralsPerYear(by dimension: PopulationDimension) -> [GroupRate] {
    var totals = [Double](repeating: 0, count: dimension.groups.count)
    let (factor, doorFactor) = (firstYearFactor, openDoorFirstYearFactor)
    for person in population.people {
      let rate = cells.rate(of: person) * factor + openDoorRatePerYear(of: person) * doorFactor
      if rate > 0 { totals[dimension.groupIndex(of: person)] += rate }
    }
    return zip(dimension.groups, totals).map { GroupRate(group: $0, perYear: $1) }
  }

  /// Expected new-episode referrals in the first year by route (GP, self), the open door's
  /// self-referrals included.
  public func expectedReferralsPerYearByRoute() -> [ReferralRoute: Double] {
    let total = newReferralsPerYear * firstYearFactor
    let selfShare = population.area.referrals.selfReferralShare
    let door = openDoorReferralsPerYear * openDoorFirstYearFactor
    return [.gp: total * (1 - selfShare), .`self`: total * selfShare + door]
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
    let door = openDoorReferralsPerYear * openDoorFirstYearFactor
    let doorMild = door * (openDoor?.mildModerateShare ?? 0)
    return [.mildModerate: mild * factor + doorMild, .severeCMD: severe * factor + door - doorMild]
  }
}
