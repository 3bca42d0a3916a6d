import CareModel
import Foundation
import Population
import Projection
import Scenario
import StepwellMetrics

/// One teaching simulation: a preset with the learner's values, run and summarised for the page.
///
/// Runs on the calling thread (one thread per simulation); the server calls it off the event loop.
public enum TeachingRun {
  /// Runs `request` against the catalog's presets.
  public static func simulate(_ request: SimulationRequest, catalog: PresetCatalog) throws(TeachingError)
    -> SimulationResponse
  {
    let preset = request.preset
    guard let defaults = catalog.defaults(preset) else { throw .failed("preset \(preset.rawValue) is not loaded") }
    let plan = try RunPlan(request: request, defaults: defaults)
    let (design, area) = try load(preset, plan: plan, catalog: catalog)
    guard let serviceIndex = design.serviceIndex(preset.mainService) else {
      throw .failed("\(preset.file) has no service '\(preset.mainService)'")
    }
    let run = CareRun(design: design, area: area, options: RunOptions(threads: 1))
    let service = design.services[serviceIndex]
    let places = service.capacity.capacity(at: design.warmupDays)
    var theory: TheoryPanel?
    let waits: WaitDistribution
    if preset.hasTheory {
      let (population, inflow) = (run.world.population, run.world.inflow)
      let little = LittleCheck(service: service.id, replications: run.replications)
      theory = TheoryPanel(design: design, service: service, inflow: inflow, little: little)
      let probe = ThresholdProbe(design: design, population: population, inflow: inflow, service: serviceIndex)
      waits = serviceWaits(run: run, preset: preset, probe: probe, theory: theory)
    } else {
      waits = pathwayWaits(run: run)
    }
    return SimulationResponse(
      preset: preset.rawValue, title: preset.title, mainService: preset.mainService, inputs: plan,
      run: RunFacts(
        horizonDays: design.horizonDays, warmupDays: design.warmupDays, replications: run.replications.count,
        seed: Int(clamping: design.seed), places: places, events: run.totalEvents, wallSeconds: run.wallSeconds),
      waitingList: SeriesBand(name: SeriesKey.waitingList(service: preset.mainService).name, tables: run.tables),
      waits: waits, metrics: KeyMetrics.values(preset, replications: run.replications), theory: theory,
      theoryNote: preset.hasTheory
        ? nil
        : "Queueing theory is shown for the one-step preset only: here referrals pass through triage, "
          + "several steps and return loops, so no closed formula gives the wait.",
      stillWaiting: preset.hasTheory ? nil : StillWaiting(run: run, mainService: preset.mainService))
  }

  /// The preset's scenario, read when the catalog was made, with the plan's overrides; bad values
  /// become HTTP 400.
  static func load(_ preset: Preset, plan: RunPlan, catalog: PresetCatalog) throws(TeachingError)
    -> (CareDesign, Area)
  {
    guard let scenario = catalog.scenario(preset) else { throw .failed("preset \(preset.rawValue) is not loaded") }
    let loaded: LoadedScenario
    do {
      loaded = try scenario.load(overrides: plan.overrides(mainService: preset.mainService))
    } catch let error as ScenarioError {
      throw .badRequest(error.description)
    } catch {
      throw .failed("\(error)")
    }
    guard let setup = loaded.design as? CareSetup else {
      throw .failed("\(preset.file) is not a care scenario")
    }
    return (setup.design, setup.area)
  }

  /// One-step: bars measured at every edge by re-running with the standard at that edge.
  static func serviceWaits(
    run: CareRun, preset: Preset, probe: ThresholdProbe, theory: TheoryPanel?
  ) -> WaitDistribution {
    let p90 = run.summary(preset.waitP90Metric.name)?.mean
    let width = WaitDistribution.width(p90: p90?.isFinite == true ? p90 : nil)
    let edges = [0] + (1...WaitDistribution.finiteBars).map { Double($0) * width }
    let cumulative = probe.shares(atMost: edges)
    return WaitDistribution(
      measure: "days from joining the \(preset.mainService) list to taking a place",
      source: "each edge measured exactly by re-running the same replications with the service's "
        + "access standard at that edge (service.\(preset.mainService).within_standard)",
      bins: WaitDistribution.bars(
        edges: edges, cumulative: cumulative, theory: theory, replications: run.replications.count))
  }

  /// Sandwell presets: the shares treated within 6 and 18 weeks of referral.
  static func pathwayWaits(run: CareRun) -> WaitDistribution {
    let within6 = run.replications.map { $0.metric(MetricKey.within6Weeks.name) ?? .nan }
    let within18 = run.replications.map { $0.metric(MetricKey.within18Weeks.name) ?? .nan }
    return WaitDistribution(
      measure: "days from referral to first treatment",
      source: "the national access standards of each replication: \(MetricKey.within6Weeks) and "
        + "\(MetricKey.within18Weeks)",
      bins: WaitDistribution.bars(
        edges: [42, 126], cumulative: [within6, within18], theory: nil, replications: run.replications.count))
  }
}
