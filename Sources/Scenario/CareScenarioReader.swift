import CareModel
import Population
import SimCore
import Stochastics
import Yams

/// Builds a validated `CareDesign` from a care scenario tree (`model: care`).
///
/// Defaults for optional keys live in `CareDefaults`; everything else is required, so a
/// scenario that loads cannot be invalid.
public enum CareScenarioReader {
  static let topKeys = [
    "version", "name", "model", "description", "extends", "area", "start_date", "horizon", "warmup",
    "replications", "seed", "services", "pathway", "policies", "risk", "referrals", "costs", "targets",
  ]

  /// Reads and validates a care scenario.
  public static func read(_ node: Node, file: String) throws -> CareDesign {
    let top = try MappingReader(node, file: file, path: "")
    try top.rejectUnknownKeys(topKeys)
    _ = try ScenarioHeader.version(top)
    let name = try ScenarioHeader.name(top)
    let area = try top.requiredString("area", allowed: "an area file name under Scenarios/areas/, e.g. sandwell")
    let startDate = try top.requiredString("start_date", allowed: "an ISO date, e.g. 2011-04-01")
    guard DurationText.parseDate(startDate) != nil else {
      throw top.error("start_date", "'\(startDate)' is not a date", allowed: "an ISO date YYYY-MM-DD")
    }
    guard let horizon = try top.days("horizon", minimum: 7) else {
      throw top.error("horizon", "is missing", allowed: "a duration such as 5y")
    }
    let warmup = try top.days("warmup") ?? 0
    guard warmup < horizon else {
      throw top.error("warmup", "is not shorter than the horizon", allowed: "0 <= warmup < horizon")
    }
    guard let servicesReader = try top.mapping("services"), !servicesReader.pairs.isEmpty else {
      throw top.error("services", "is missing or empty", allowed: "a map of service id to service")
    }
    let services = try servicesReader.pairs.map { pair in
      try ServiceReader.read(
        try MappingReader(pair.value, file: file, path: servicesReader.keyPath(pair.key)), id: pair.key,
        startDate: startDate)
    }
    let ids = services.map(\.id)
    guard let pathwayReader = try top.mapping("pathway") else {
      throw top.error("pathway", "is missing", allowed: "a pathway map (entry, routes, ...)")
    }
    let pathway = try PathwayReader.read(pathwayReader, services: services)
    let policies = try PolicyReader.read(try top.mapping("policies"), top: top, services: ids)
    let risk = try RiskReader.read(try top.mapping("risk"), top: top)
    let referrals = try top.mapping("referrals")
    try referrals?.rejectUnknownKeys(["per_year", "new_episode_share"])
    var design = CareDesign(
      name: name, area: area, startDate: startDate, horizonDays: horizon, warmupDays: warmup,
      replications: try ScenarioHeader.replications(top) ?? 10, seed: try ScenarioHeader.seed(top) ?? 1,
      services: services, pathway: pathway, policies: policies, risk: risk,
      referralsPerYear: try referrals?.positiveDouble("per_year"),
      newEpisodeShare: try referrals?.probability("new_episode_share") ?? CareDefaults.newEpisodeShare)
    design.costs = try CostReader.read(try top.mapping("costs"), top: top, services: ids)
    if let targets = try top.mapping("targets") {
      for (metric, _) in targets.pairs {
        design.targets[metric] = try targets.double(metric, allowed: "a number: the target value of that metric")
      }
    }
    return design
  }
}
