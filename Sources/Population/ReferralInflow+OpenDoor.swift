import Stochastics

extension ReferralInflow {
  /// The open door's self-referrals of one replication from `openDoor.fromDay` to `horizonDays`,
  /// sorted by day (none without an open door).
  ///
  /// Draws come from the streams `population.referrals.open_door.timing` and
  /// `population.referrals.open_door.people`, apart from the GP route's, and follow the same
  /// time modulation (cycle, growth, step changes). Each referral's episode is mild to moderate
  /// with probability `openDoor.mildModerateShare`, else severe.
  public func openDoorReferrals(replication: Int, seed: UInt64, horizonDays: Double) -> [Referral] {
    guard let door = openDoor, let doorCells = openDoorCells, let table = doorCells.occupiedTable,
      openDoorReferralsPerYear > 0, horizonDays > door.fromDay
    else { return [] }
    let timing = RandomStream(master: seed, replication: replication, purpose: "population.referrals.open_door.timing")
    let draws = RandomStream(master: seed, replication: replication, purpose: "population.referrals.open_door.people")
    var clock = ThinningClock(
      modulation: modulation, ratePerYear: openDoorReferralsPerYear, startDay: door.fromDay,
      horizonDays: horizonDays)
    var result: [Referral] = []
    var day = clock.next(after: door.fromDay, timing: timing)
    while day < horizonDays {
      if timing.uniform() * clock.bound < modulation.factor(atDay: day) {
        let cell = doorCells.occupied[table.sampleIndex(draws)]
        let first = Int(cells.starts[cell])
        let count = Int(cells.starts[cell + 1]) - first
        let id = cells.members[first + Swift.min(Int(draws.uniform() * Double(count)), count - 1)]
        let state: MentalHealthState = draws.uniform() < door.mildModerateShare ? .mildModerate : .severeCMD
        result.append(Referral(day: day, person: id, route: .`self`, episodeState: state))
      }
      day = clock.next(after: day, timing: timing)
    }
    return result
  }

  /// Merges two lists sorted by day into one sorted by day; on equal days `first`'s come first.
  static func merge(_ first: [Referral], _ second: [Referral]) -> [Referral] {
    var result: [Referral] = []
    result.reserveCapacity(first.count + second.count)
    var (i, j) = (0, 0)
    while i < first.count || j < second.count {
      if j == second.count || (i < first.count && first[i].day <= second[j].day) {
        result.append(first[i])
        i += 1
      } else {
        result.append(second[j])
        j += 1
      }
    }
    return result
  }
}
