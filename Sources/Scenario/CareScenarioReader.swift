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
    "replications", "seed", "services", "pathway", "policies", "risk", "referrals", "costs", "utilities", "targets",
    "natural_history", "changes", "equity", "workforce", "uncertainty",
  ]

  /// Reads and validates a care scenario.
  public static func read(_ node: Node, file: String) throws -> CareDesign {
    let top = try MappingReader(node, file: file, path: "")
    try top.rejectUnknownKeys(topKeys)
    _ = try ScenarioHeader.version(top)
    let name = try ScenarioHeader.name(top)
    let area = try top.requiredString("area", allowed: "an area file name under Scenarios/areas/, e.g. sandwell")
    let startDate = try top.requiredString("start_date", allowed: "an ISO date, e.g. 2011-04-01")
    let years = ScenarioLimits.years
    guard DurationText.parseDate(startDate) != nil else {
      throw top.error(
        "start_date", "'\(startDate)' is not a date",
        allowed: "an ISO date YYYY-MM-DD from \(years.lowerBound)-01-01 to \(years.upperBound)-12-31")
    }
    let horizonRange = ScenarioLimits.minimumCareHorizonDays...ScenarioLimits.maximumCareHorizonDays
    guard
      let horizon = try top.days("horizon", minimum: horizonRange.lowerBound, maximum: horizonRange.upperBound)
    else {
      throw top.error(
        "horizon", "is missing",
        allowed: DurationText.allowed(minimum: horizonRange.lowerBound, maximum: horizonRange.upperBound))
    }
    let warmup = try top.days("warmup") ?? 0
    guard warmup < horizon else {
      throw top.error("warmup", "is not shorter than the horizon", allowed: "0 <= warmup < horizon")
    }
    let servicesAllowed = "a map of service id to service, from 1 to \(ScenarioLimits.maximumServices) services"
    guard let servicesReader = try top.mapping("services"), !servicesReader.pairs.isEmpty else {
      throw top.error("services", "is missing or empty", allowed: servicesAllowed)
    }
    guard servicesReader.pairs.count <= ScenarioLimits.maximumServices else {
      throw top.error("services", "has \(servicesReader.pairs.count) services", allowed: servicesAllowed)
    }
    let workforce = try WorkforceLayer.read(try top.mapping("workforce"))
    let services = try servicesReader.pairs.map { pair in
      try ServiceReader.read(
        try MappingReader(pair.value, file: file, path: servicesReader.keyPath(pair.key)), id: pair.key,
        startDate: startDate, horizonDays: horizon, workforceDefaults: workforce)
    }
    let ids = services.map(\.id)
    let backlog = services.reduce(0) { $0 + ($1.backlog?.count ?? 0) + ($1.occupants?.count ?? 0) }
    guard backlog <= ScenarioLimits.maximumTotalBacklog else {
      throw servicesReader.error(
        nil, "the starting backlogs and places hold \(backlog) people together",
        allowed: "backlogs and in_service of 0 to \(ScenarioLimits.maximumTotalBacklog) people together")
    }
    guard let pathwayReader = try top.mapping("pathway") else {
      throw top.error("pathway", "is missing", allowed: "a pathway map (entry, routes, ...)")
    }
    var pathway = try PathwayReader.read(pathwayReader, services: services)
    var policies = try PolicyReader.read(try top.mapping("policies"), top: top, services: ids)
    let equity = try EquityReader.read(try top.mapping("equity"), pathway: &pathway, policies: &policies)
    if (pathway.coordinationShare[.smi] ?? 0) > 0, policies.stepDown == nil,
      let share = try pathwayReader.mapping("coordination")?.mapping("share")
    {
      throw share.error(
        "smi",
        "cannot act: no one with SMI enters the pathway's inflow unless policies.step_down moves people from the CMHT",
        allowed: "0, or a probability from 0 to 1 with policies.step_down set")
    }
    let risk = try RiskReader.read(try top.mapping("risk"), top: top)
    let referrals = try top.mapping("referrals")
    try referrals?.rejectUnknownKeys(
      ["per_year", "new_episode_share", "self_referral_share", "open_door"] + ReferralTimingReader.keys)
    var design = CareDesign(
      name: name, area: area, startDate: startDate, horizonDays: horizon, warmupDays: warmup,
      replications: try ScenarioHeader.replications(top) ?? 10, seed: try ScenarioHeader.seed(top) ?? 1,
      services: services, pathway: pathway, policies: policies, risk: risk,
      referralsPerYear: try referrals?.positiveDouble(
        "per_year", maximum: ScenarioLimits.maximumReferralsPerYear, noun: "referrals a year"),
      newEpisodeShare: try referrals?.double("new_episode_share", in: 0.01...1, allowed: "a share from 0.01 to 1")
        ?? CareDefaults.newEpisodeShare)
    design.equity = equity
    design.costs = try CostReader.read(try top.mapping("costs"), top: top, services: services)
    design.utilities = try UtilityReader.read(try top.mapping("utilities"))
    design.selfReferralShare = try referrals?.probability("self_referral_share")
    design.openDoor = try OpenDoorReader.read(referrals, startDate: startDate, horizonDays: horizon)
    design.referralTiming = try ReferralTimingReader.read(referrals, startDate: startDate, horizonDays: horizon)
    design.naturalHistory = try NaturalHistoryReader.read(try top.mapping("natural_history"))
    if let targets = try top.mapping("targets") {
      for (metric, _) in targets.pairs {
        let range = CareScenarioReader.targetRange(metric)
        let allowed = ScenarioLimits.range(range.lowerBound, range.upperBound, "the target value of that metric")
        if case .mapping = targets.node(metric), let published = try targets.mapping(metric) {
          let target = try calibrationTarget(published, metric: metric, range: range, allowed: allowed)
          design.calibration.append(target)
          design.targets[metric] = target.value
        } else {
          design.targets[metric] = try targets.double(metric, in: range, allowed: allowed)
        }
      }
    }
    return design
  }

  /// `{value, low, high, source}`: a published figure and the range accepted as a match.
  static func calibrationTarget(
    _ reader: MappingReader, metric: String, range: ClosedRange<Double>, allowed: String
  ) throws -> CalibrationTarget {
    try reader.rejectUnknownKeys(["value", "low", "high", "source"])
    func number(_ key: String) throws -> Double {
      guard let value = try reader.double(key, in: range, allowed: allowed) else {
        throw reader.error(key, "is missing", allowed: allowed)
      }
      return value
    }
    let (value, low, high) = (try number("value"), try number("low"), try number("high"))
    guard low <= value, value <= high else {
      throw reader.error(
        "high", "low \(low), value \(value), high \(high) are out of order", allowed: "low <= value <= high")
    }
    let source = try reader.requiredString("source", allowed: "where the figure comes from, e.g. OBSERVED.md 2024/25")
    return CalibrationTarget(metric: metric, value: value, low: low, high: high, source: source)
  }

  /// The allowed targets of a metric: 0 to 1 for shares and rates, else at most
  /// `ScenarioLimits.maximumTarget` in magnitude (0 upward for counts, days and pounds).
  static func targetRange(_ metric: String) -> ClosedRange<Double> {
    let last = metric.split(separator: ".").last.map(String.init) ?? metric
    if ["share", "rate", "utilisation"].contains(last) || last.hasPrefix("within_") { return 0...1 }
    if last.hasPrefix("trend") || last == "change" || metric.hasPrefix("nmb") || metric == "icer" {
      return -ScenarioLimits.maximumTarget...ScenarioLimits.maximumTarget
    }
    return 0...ScenarioLimits.maximumTarget
  }
}
