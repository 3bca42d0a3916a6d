import Foundation
import Population

/// What every replication of a care design shares: the area's synthetic population, its
/// new-episode referral inflow and the calendar of day 0. Built once per run.
public struct CareWorld: Sendable {
  /// The synthetic population (the same for every replication and design with the same seed).
  public let population: SyntheticPopulation
  /// The new-episode referral process of that population.
  public let inflow: ReferralInflow
  /// Seconds spent building the population and inflow.
  public let buildSeconds: Double

  /// Builds the population of `area` with the design's seed and its inflow, scaled and timed as
  /// the design says.
  public init(design: CareDesign, area: Area) {
    let started = Date()
    var area = area
    area.referrals = design.referralTiming.applied(to: area.referrals)
    area.referrals.gradient = design.equity.referralGradient(over: area.referrals.gradient)
    population = SyntheticPopulation(area: area, seed: design.seed)
    inflow = ReferralInflow(
      population: population, newEpisodeShare: design.newEpisodeShare,
      referralsPerYear: design.referralsPerYear, startDayOfYear: CareCalendar.dayOfYear(design.startDate),
      openDoor: design.openDoor)
    buildSeconds = Date().timeIntervalSince(started)
  }
}
