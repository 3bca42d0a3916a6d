import CareModel
import Population
import Projection
import StepwellMetrics

/// Re-runs a design's replications with one service's access standard set to each threshold,
/// giving the exact share of that service's starts that waited at most the threshold.
///
/// The standard only counts (starts within it), so every re-run follows the same path as the
/// first run with the same seed: the shares are those of the very waits the first run measured.
struct ThresholdProbe {
  let design: CareDesign
  let population: SyntheticPopulation
  let inflow: ReferralInflow
  let service: Int

  /// `result[k][r]`: the share of replication r's starts that waited at most `thresholds[k]` days.
  func shares(atMost thresholds: [Double]) -> [[Double]] {
    let id = design.services[service].id
    return thresholds.map { threshold in
      var probe = design
      probe.services[service].standard = threshold
      let frozen = probe
      let population = population
      let inflow = inflow
      return ReplicationRunner.run(0..<design.replications, threads: 1) { replication in
        let result = CareSimulation.run(frozen, population: population, inflow: inflow, replication: replication)
        return result.metric(MetricKey.service(id, .withinStandard).name) ?? .nan
      }
    }
  }
}
