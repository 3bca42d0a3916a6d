import CareModel
import Foundation
import Yams

/// Reads a care scenario's `changes:`: a list of `{date, set: {KEY: VALUE, ...}}` applied
/// mid-run. Each change's design is the scenario with every change up to it applied, read and
/// validated as a whole scenario is; it may change values (capacity, staffing, policies,
/// pathway shares and routes, natural history, risks) but not what the run is made of.
public enum ChangesReader {
  /// Changes a scenario may hold.
  static let maximumChanges = 100

  /// Top-level keys a change may not set: they fix the run itself, its demand or its prices.
  static let refusedTopKeys = [
    "version", "name", "model", "description", "extends", "area", "start_date", "horizon", "warmup",
    "replications", "seed", "referrals", "costs", "targets", "changes", "equity",
  ]
  /// Service keys a change may not set: they fix the service's lists and its starting state.
  static let refusedServiceKeys = ["kind", "providers", "backlog", "in_service", "description"]

  /// True when a dated change may set the dotted key (`services.step3.wte`).
  public static func mayChange(_ key: String) -> Bool {
    let path = key.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
    return !path.contains(where: \.isEmpty) && !refusedTopKeys.contains(path[0])
      && !(path[0] == "services" && (path.count < 3 || refusedServiceKeys.contains(path[2])))
      && !(path[0] == "risk" && path.count >= 2 && path[1] == "suicide")
  }

  static let allowedText =
    "values of services (wte, places, beds, staff, durations, sessions, standards, booking leads), "
    + "pathway, policies, natural_history and risk; not \(refusedTopKeys.joined(separator: ", ")), "
    + "nor a service's \(refusedServiceKeys.joined(separator: ", ")), nor risk.suicide (the hazard by the person "
    + "is fixed for a run), nor a new service"

  /// The dated changes of the scenario `tree` (already merged and overridden), whose design
  /// without changes is `base`.
  static func read(_ tree: Node, base: CareDesign, file: String) throws -> [DesignChange] {
    let top = try MappingReader(tree, file: file, path: "")
    guard let items = try top.sequence("changes") else { return [] }
    guard items.count <= maximumChanges else {
      throw top.error("changes", "holds \(items.count) changes", allowed: "0 to \(maximumChanges) changes")
    }
    var current = tree
    var previous = 0.0
    var changes: [DesignChange] = []
    for (number, item) in items.enumerated() {
      let reader = try MappingReader(item, file: file, path: "changes.\(number + 1)")
      try reader.rejectUnknownKeys(["date", "set", "description"])
      let date = try reader.requiredString("date", allowed: "an ISO date after start_date and before the horizon")
      let dateAllowed =
        "an ISO date after \(base.startDate) and the previous change, before the horizon (day \(Int(base.horizonDays)))"
      guard DurationText.parseDate(date) != nil, let day = DurationText.days(from: base.startDate, to: date) else {
        throw reader.error("date", "'\(date)' is not a date", allowed: dateAllowed)
      }
      guard day > previous, day < base.horizonDays else {
        throw reader.error("date", "\(date) is day \(Int(day.rounded(.down))) of the run", allowed: dateAllowed)
      }
      guard let set = try reader.mapping("set"), !set.pairs.isEmpty else {
        throw reader.error("set", "is missing or empty", allowed: "a map of KEY: VALUE, e.g. services.step3.wte: 30")
      }
      for (key, value) in set.pairs {
        guard ChangesReader.mayChange(key) else {
          throw set.error(key, "cannot change mid-run", allowed: allowedText)
        }
        let path = key.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        current = try SetOverride.replacing(path[...], in: current, with: value) { problem, allowed in
          set.error(key, problem, allowed: allowed)
        }
      }
      var design: CareDesign
      do {
        design = try CareScenarioReader.read(withoutStartingState(current), file: file)
      } catch ScenarioError.invalid(let file, let keyPath, let line, let problem, let allowed) {
        throw ScenarioError.invalid(
          file: file, keyPath: keyPath, line: line,
          problem: "\(problem), in the design from \(date) (changes \(number + 1))",
          allowed: allowed)
      }
      try checkSameStructure(design, as: base, reader: reader)
      design.changes = []
      changes.append(
        DesignChange(day: day, date: date, keys: set.pairs.map(\.key), design: design))
      previous = day
    }
    return changes
  }

  /// `tree` without the services' `in_service` entries: the people holding places at the start
  /// belong to day 0, and at a change they keep their places whatever the new capacity.
  static func withoutStartingState(_ tree: Node) -> Node {
    guard case .mapping(var top) = tree, case .mapping(var services)? = top[Node("services")] else { return tree }
    for (key, value) in services {
      guard case .mapping(var service) = value, service[Node("in_service")] != nil else { continue }
      service[Node("in_service")] = nil
      services[key] = .mapping(service)
    }
    top[Node("services")] = .mapping(services)
    return .mapping(top)
  }

  /// A change keeps every service, with its kind and lists, and the pathway's named services.
  static func checkSameStructure(_ design: CareDesign, as base: CareDesign, reader: MappingReader) throws {
    let before = base.services.map { "\($0.id) (\($0.kind.rawValue))" }
    let after = design.services.map { "\($0.id) (\($0.kind.rawValue))" }
    guard before == after else {
      throw reader.error(
        "set", "changes the services from \(before.joined(separator: ", ")) to \(after.joined(separator: ", "))",
        allowed: allowedText)
    }
    let pathway = { (design: CareDesign) -> [String?] in
      let p = design.pathway
      return [p.entry, p.coordinationService, p.communityService, p.cmhtService, p.crisisService, p.bedService]
    }
    guard pathway(design) == pathway(base) else {
      throw reader.error("set", "changes which services the pathway names", allowed: allowedText)
    }
  }
}
