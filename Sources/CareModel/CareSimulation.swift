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
    return run(design, population: population, referrals: referrals, replication: replication, eventLimit: eventLimit)
  }

  /// Runs replication `replication` with a given list of new-episode referrals (sorted by day),
  /// for example a hand-made case.
  public static func run(
    _ design: CareDesign, population: SyntheticPopulation, referrals: [Referral], replication: Int,
    eventLimit: Int = .max
  ) -> CareReplicationResult {
    var model = CareModel(design: design, population: population, referrals: referrals, replication: replication)
    var simulation = Simulation<CareEvent>(expectedPendingEvents: 4096)
    model.start(in: &simulation)
    let finished = simulation.run(&model, until: design.horizonDays, eventLimit: eventLimit)
    var result = model.result(at: design.horizonDays, events: simulation.eventsHandled)
    result.stoppedAtEventLimit = !finished
    return result
  }
}
