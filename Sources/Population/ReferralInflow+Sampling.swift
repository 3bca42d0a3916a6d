import Stochastics

extension ReferralInflow {
  /// The new-episode referrals of one replication from day 0 to `horizonDays`, sorted by day:
  /// the GP route's (`gpReferrals`) merged with the open door's (`openDoorReferrals`), which use
  /// streams of their own, so opening or closing the door leaves the GP route's referrals as
  /// they were.
  public func referrals(replication: Int, seed: UInt64, horizonDays: Double) -> [Referral] {
    let gp = gpReferrals(replication: replication, seed: seed, horizonDays: horizonDays)
    let added = openDoorReferrals(replication: replication, seed: seed, horizonDays: horizonDays)
    return added.isEmpty ? gp : ReferralInflow.merge(gp, added)
  }

  /// The new-episode referrals of the calibrated route (GP and the area's self-referral share)
  /// of one replication from day 0 to `horizonDays`, sorted by day.
  ///
  /// Candidate times are thinned segment by segment between step changes (`ThinningClock`).
  /// Draws come from the streams `population.referrals.timing` (times and thinning) and
  /// `population.referrals.people` (person, episode state, route) of `replication` under `seed`,
  /// so the same seed gives the same referrals whatever care design runs on them.
  ///
  /// - Parameters:
  ///   - replication: the replication (0-based).
  ///   - seed: the master seed.
  ///   - horizonDays: the end of the run (days from the start).
  public func gpReferrals(replication: Int, seed: UInt64, horizonDays: Double) -> [Referral] {
    guard horizonDays > 0, newReferralsPerYear > 0, let table = cells.occupiedTable else { return [] }
    let timing = RandomStream(master: seed, replication: replication, purpose: "population.referrals.timing")
    let draws = RandomStream(master: seed, replication: replication, purpose: "population.referrals.people")
    var clock = ThinningClock(
      modulation: modulation, ratePerYear: newReferralsPerYear, startDay: 0, horizonDays: horizonDays)
    let selfShare = population.area.referrals.selfReferralShare
    var result: [Referral] = []
    result.reserveCapacity(Int(expectedReferrals(fromDay: 0, toDay: horizonDays) * 1.1) + 16)
    var day = clock.next(after: 0, timing: timing)
    while day < horizonDays {
      if timing.uniform() * clock.bound < modulation.factor(atDay: day) {
        result.append(referral(at: day, table: table, draws: draws, selfShare: selfShare))
      }
      day = clock.next(after: day, timing: timing)
    }
    return result
  }

  /// One referral at `day`: a person drawn in proportion to their rate, their episode's state
  /// and the route. Always four uniforms, so streams stay aligned.
  func referral(at day: Double, table: AliasTable, draws: RandomStream, selfShare: Double) -> Referral {
    let cell = cells.occupied[table.sampleIndex(draws)]
    let first = Int(cells.starts[cell])
    let count = Int(cells.starts[cell + 1]) - first
    let id = cells.members[first + Swift.min(Int(draws.uniform() * Double(count)), count - 1)]
    let person = population.people[Int(id)]
    let severe = draws.uniform() < population.prevalence.severeShare(person.sex)
    let state: MentalHealthState = person.state.isCMD ? person.state : (severe ? .severeCMD : .mildModerate)
    let route: ReferralRoute = draws.uniform() < selfShare ? .`self` : .gp
    return Referral(day: day, person: id, route: route, episodeState: state)
  }
}
