import Population
import SimCore

/// Runs replications of a care design over a synthetic population.
public enum CareSimulation {
  /// Runs replication `replication` (0-based) to the horizon.
  ///
  /// - Parameters:
  ///   - population: the synthetic population (the same for every replication and design).
  ///   - inflow: the new-episode referral process of that population.
  public static func run(
    _ design: CareDesign, population: SyntheticPopulation, inflow: ReferralInflow, replication: Int,
    eventLimit: Int = .max
  ) -> CareReplicationResult {
    let referrals = inflow.referrals(replication: replication, seed: design.seed, horizonDays: design.horizonDays)
    return run(
      design, population: population, referrals: referrals, replication: replication, eventLimit: eventLimit,
      groupMix: inflow.groupMix)
  }

  /// Runs replication `replication` with a given list of new-episode referrals (sorted by day),
  /// for example a hand-made case.
  ///
  /// - Parameter groupMix: shares of referrals by quintile and ethnic group that recovery odds
  ///   are renormalised over; nil takes the eligible population's shares.
  public static func run(
    _ design: CareDesign, population: SyntheticPopulation, referrals: [Referral], replication: Int,
    eventLimit: Int = .max, groupMix: [Double]? = nil
  ) -> CareReplicationResult {
    var model = CareModel(
      design: design, population: population, referrals: referrals, replication: replication, groupMix: groupMix)
    var simulation = Simulation<CareEvent>(expectedPendingEvents: 4096)
    model.start(in: &simulation)
    let finished = simulation.run(&model, until: design.horizonDays, eventLimit: eventLimit)
    var result = model.result(at: design.horizonDays, events: simulation.eventsHandled)
    result.stoppedAtEventLimit = !finished
    return result
  }
}
