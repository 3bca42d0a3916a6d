import CareModel
import Foundation
import Yams

/// Reads a care scenario's `changes:`: a list of `{date, set: {KEY: VALUE, ...}}` applied
/// mid-run. Each change's design is the scenario with every change up to it applied, read and
/// validated as a whole scenario is; it may change values (capacity, staffing, workforce,
/// policies, pathway shares and routes, natural history, risks) but not what the run is made of.
///
/// A change with `recruited: true` funds new posts on its date: the WTE it sets arrives the
/// service's `workforce.recruitment_lead` later (`ChangeArrival`), so changes apply in the order
/// they take effect, not the order they were decided.
public enum ChangesReader {
  /// Changes a scenario may hold.
  static let maximumChanges = 100

  /// Top-level keys a change may not set: they fix the run itself, its demand or its prices.
  static let refusedTopKeys = [
    "version", "name", "model", "description", "extends", "area", "start_date", "horizon", "warmup",
    "replications", "seed", "referrals", "costs", "targets", "changes", "equity", "uncertainty",
  ]
  /// Service keys a change may not set: they fix the service's lists and its starting state.
  static let refusedServiceKeys = ["kind", "providers", "backlog", "in_service", "description"]

  /// True when a dated change may set the dotted key (`services.step3.wte`): not a key that
  /// fixes the run, its demand or its prices, a service's lists or starting state, the hazard by
  /// the person, or a recruitment lead.
  public static func mayChange(_ key: String) -> Bool {
    let path = key.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
    return !path.contains(where: \.isEmpty) && !refusedTopKeys.contains(path[0])
      && !(path[0] == "services" && (path.count < 3 || refusedServiceKeys.contains(path[2])))
      && !(path[0] == "risk" && path.count >= 2 && path[1] == "suicide")
      && path.last != "recruitment_lead"
  }

  static let allowedText =
    "values of services (wte, places, beds, staff, durations, sessions, standards, booking leads, workforce), "
    + "workforce, pathway, policies, natural_history and risk; not \(refusedTopKeys.joined(separator: ", ")), "
    + "nor a service's \(refusedServiceKeys.joined(separator: ", ")), nor risk.suicide (the hazard by the person "
    + "is fixed for a run), nor a recruitment_lead (fixed for a run), nor a new service"

  /// The dated changes of the scenario `tree` (already merged and overridden), whose design
  /// without changes is `base`, in the order they take effect.
  static func read(_ tree: Node, base: CareDesign, file: String) throws -> [DesignChange] {
    let top = try MappingReader(tree, file: file, path: "")
    guard let items = try top.sequence("changes") else { return [] }
    guard items.count <= maximumChanges else {
      throw top.error("changes", "holds \(items.count) changes", allowed: "0 to \(maximumChanges) changes")
    }
    var arrivals: [ChangeArrival] = []
    var previous = 0.0
    for (number, item) in items.enumerated() {
      let entry = try decided(item, number: number, after: previous, base: base, file: file)
      arrivals += try ChangeArrival.arrivals(of: entry, base: base)
      previous = entry.day
    }
    arrivals.sort { ($0.day, $0.order) < ($1.day, $1.order) }
    var current = tree
    var inForce = base
    var changes: [DesignChange] = []
    var start = 0
    while start < arrivals.count {
      let end = arrivals[start...].firstIndex { $0.day != arrivals[start].day } ?? arrivals.count
      let group = Array(arrivals[start..<end])
      for arrival in group {
        for (key, value) in arrival.pairs {
          let path = key.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
          current = try SetOverride.replacing(path[...], in: current, with: value) { problem, allowed in
            arrival.set.error(key, problem, allowed: allowed)
          }
        }
      }
      var design = try designInForce(current, from: group[0], file: file)
      try checkSameStructure(design, as: base, reader: group[0].reader)
      for arrival in group where arrival.isRecruited { try arrival.checkRise(from: inForce, to: design) }
      design.changes = []
      inForce = design
      if group[0].day < base.horizonDays {
        let written = group.first { !$0.isRecruited }?.date
        let date = written ?? CareCalendar.isoDate(base.startDate, plusDays: group[0].day) ?? group[0].date
        changes.append(
          DesignChange(day: group[0].day, date: date, keys: group.flatMap { $0.pairs.map(\.key) }, design: design))
      }
      start = end
    }
    return changes
  }

  /// One item of `changes:` as decided: its date (after the previous one's, before the horizon)
  /// and its keys, each allowed to change mid-run.
  static func decided(_ item: Node, number: Int, after previous: Double, base: CareDesign, file: String) throws
    -> ChangeArrival.Entry
  {
    let reader = try MappingReader(item, file: file, path: "changes.\(number + 1)")
    try reader.rejectUnknownKeys(["date", "set", "description", "recruited"])
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
    for (key, _) in set.pairs where !ChangesReader.mayChange(key) {
      throw set.error(key, "cannot change mid-run", allowed: allowedText)
    }
    let recruited = try reader.bool("recruited") ?? false
    return ChangeArrival.Entry(number: number, date: date, day: day, reader: reader, set: set, isRecruited: recruited)
  }

  /// The design in force from `arrival`'s day: the scenario `tree` with every change up to it,
  /// not checked against the people in place at the start (`withoutStartingState`).
  static func designInForce(_ tree: Node, from arrival: ChangeArrival, file: String) throws -> CareDesign {
    do {
      return try CareScenarioReader.read(withoutStartingState(tree), file: file)
    } catch ScenarioError.invalid(let file, let keyPath, let line, let problem, let allowed) {
      throw ScenarioError.invalid(
        file: file, keyPath: keyPath, line: line, problem: "\(problem), in the design from \(arrival.label)",
        allowed: allowed)
    }
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
