import CareModel
import Foundation
import Population
import Scenario

/// `stepwell compare`: both designs run with the same seed, replications, horizon and warm-up, so
/// replication i of each draws from the same streams (common random numbers), and every metric
/// is compared as ALT minus BASE with a paired interval.
public struct ComparisonRun: Sendable {
  /// The two designs' runs.
  public enum Runs: Sendable {
    case care(base: CareRun, alt: CareRun)
    case network(base: NetworkRun, alt: NetworkRun)
  }

  /// The scenarios as loaded.
  public let pair: DesignPair
  /// Both runs.
  public let runs: Runs
  /// Every metric, ALT minus BASE.
  public let comparison: PairedComparison
  /// The net impact (care scenarios with costs in both designs); nil otherwise.
  public let netImpact: NetImpact?
  /// Why there is no net impact, when there is none.
  public let netImpactUnavailable: String?

  /// Runs both designs. Under `--precision` each design runs to its own precision and the one
  /// that stopped earlier is rerun to the other's count (replication i is the same either way),
  /// so every replication is paired.
  public init(pair: DesignPair, options: RunOptions) {
    self.pair = pair
    switch (pair.base.model, pair.alt.model) {
    case (.care(let baseDesign, let baseArea), .care(let altDesign, let altArea)):
      var base = CareRun(design: baseDesign, area: baseArea, options: options)
      var alt = CareRun(design: altDesign, area: altArea, options: options)
      let count = max(base.replications.count, alt.replications.count)
      var fixed = RunOptions(threads: options.threads, records: options.records, progress: options.progress)
      (fixed.eventsPerRun, fixed.eventsPerReplication) = (options.eventsPerRun, options.eventsPerReplication)
      if base.replications.count < count { base = ComparisonRun.care(baseDesign, baseArea, count, fixed) }
      if alt.replications.count < count { alt = ComparisonRun.care(altDesign, altArea, count, fixed) }
      runs = .care(base: base, alt: alt)
      comparison = PairedComparison(base: base.tables, alt: alt.tables)
      switch NetImpact.between(base: base, alt: alt) {
      case .success(let impact): (netImpact, netImpactUnavailable) = (impact, nil)
      case .failure(let reason): (netImpact, netImpactUnavailable) = (nil, reason.reason)
      }
    case (.network(let baseScenario), .network(let altScenario)):
      var base = NetworkRun(scenario: baseScenario, options: options)
      var alt = NetworkRun(scenario: altScenario, options: options)
      let count = max(base.replications.count, alt.replications.count)
      var fixed = RunOptions(threads: options.threads, records: options.records, progress: options.progress)
      (fixed.eventsPerRun, fixed.eventsPerReplication) = (options.eventsPerRun, options.eventsPerReplication)
      if base.replications.count < count { base = ComparisonRun.network(baseScenario, count, fixed) }
      if alt.replications.count < count { alt = ComparisonRun.network(altScenario, count, fixed) }
      runs = .network(base: base, alt: alt)
      comparison = PairedComparison(base: base.tables, alt: alt.tables)
      (netImpact, netImpactUnavailable) = (nil, "network scenarios have no costs")
    default:
      preconditionFailure("DesignPair.load admits only two care or two network scenarios")
    }
  }

  static func care(_ design: CareDesign, _ area: Area, _ count: Int, _ options: RunOptions) -> CareRun {
    var design = design
    design.replications = count
    return CareRun(design: design, area: area, options: options)
  }

  static func network(_ scenario: NetworkScenario, _ count: Int, _ options: RunOptions) -> NetworkRun {
    var scenario = scenario
    scenario.replications = count
    return NetworkRun(scenario: scenario, options: options)
  }

  /// A design's failure to finish within the event budget, if either had one.
  public var eventLimitFailure: EventLimitFailure? {
    switch runs {
    case .care(let base, let alt): return base.eventLimitFailure ?? alt.eventLimitFailure
    case .network(let base, let alt): return base.eventLimitFailure ?? alt.eventLimitFailure
    }
  }

  /// Paired replications.
  public var replications: Int {
    switch runs {
    case .care(let base, let alt): return min(base.replications.count, alt.replications.count)
    case .network(let base, let alt): return min(base.replications.count, alt.replications.count)
    }
  }

  /// Wall-clock seconds of both runs.
  public var wallSeconds: Double {
    switch runs {
    case .care(let base, let alt): return base.wallSeconds + alt.wallSeconds
    case .network(let base, let alt): return base.wallSeconds + alt.wallSeconds
    }
  }

  /// Events in both runs.
  public var totalEvents: Int {
    switch runs {
    case .care(let base, let alt): return base.totalEvents + alt.totalEvents
    case .network(let base, let alt): return base.totalEvents + alt.totalEvents
    }
  }
}
