import CareModel
import SimCore
import Stochastics
import Yams

/// Reads one entry of `services:`; what capacity means depends on the kind (docs/scenarios.md).
enum ServiceReader {
  static let common = [
    "kind", "standard", "standard_from", "discipline", "backlog", "in_service", "staffing", "description",
  ]
  static let keysByKind: [ServiceKind: [String]] = [
    .triage: ["wte", "assessments_per_wte_week", "booking_lead"],
    .group: ["every", "group_size", "sessions", "interval", "wte"],
    .therapy: ["wte", "caseload_per_wte", "providers", "sessions", "interval", "booking_lead"],
    .coordination: ["staff", "caseload_each", "duration"],
    .caseload: ["places", "duration", "wte"],
    .beds: ["beds", "length_of_stay"],
  ]

  /// Reads service `id` of a run from `startDate` (ISO) lasting `horizonDays`; a staffed
  /// service's workforce takes its own `workforce` keys over `workforceDefaults` (the top level's).
  static func read(
    _ reader: MappingReader, id: String, startDate: String, horizonDays: Double,
    workforceDefaults: WorkforceLayer = .empty
  ) throws -> ServiceSpec {
    let kinds = ServiceKind.allCases.map(\.rawValue).joined(separator: ", ")
    let kindText = try reader.requiredString("kind", allowed: kinds)
    guard let kind = ServiceKind(rawValue: kindText) else {
      throw reader.error("kind", "unknown kind '\(kindText)'", allowed: kinds)
    }
    let staffed = staffedKinds.contains(kind)
    if !staffed, reader.has("workforce") {
      throw reader.error(
        "workforce", "a \(kind.rawValue) service's capacity does not come from its staff",
        allowed: "workforce under a triage, therapy or coordination service")
    }
    try reader.rejectUnknownKeys(common + (keysByKind[kind] ?? []) + (staffed ? ["workforce"] : []))
    let context = StaffedContext(
      startDate: startDate, horizonDays: horizonDays,
      workforce: try WorkforceLayer.read(try reader.mapping("workforce")).over(workforceDefaults))
    let disciplineText = try reader.string("discipline") ?? "fifo"
    guard let discipline = QueueDiscipline(rawValue: disciplineText) else {
      throw reader.error(
        "discipline", "unknown discipline '\(disciplineText)'", allowed: "fifo, priority (red/amber/green by need)")
    }
    var spec = ServiceSpec(
      id: id, kind: kind, capacity: CapacitySchedule(constant: 1), discipline: discipline)
    spec.standard = try reader.days("standard", minimum: 0)
    spec.standardFrom = try standardOrigin(reader)
    spec.backlog = try BacklogReader.readBacklog(reader)
    spec.occupants = try BacklogReader.readOccupants(reader, kind: kind)
    spec.bookingLead = try DistributionReader.read(reader, "booking_lead")
    switch kind {
    case .triage: try readTriage(reader, into: &spec, context: context)
    case .group: try readGroup(reader, into: &spec)
    case .therapy: try readTherapy(reader, into: &spec, context: context)
    case .coordination:
      try readCoordination(reader, into: &spec, context: context)
      spec.duration = try required(
        DistributionReader.read(reader, "duration"), reader, "duration", "a distribution of episode days")
    case .caseload:
      spec.staff = try reader.positiveDouble("wte", maximum: ScenarioLimits.maximumWTE) ?? 0
      if try reader.string("places") == "open" {
        spec.isOpen = true
      } else {
        let allowed = "open, or " + ScenarioLimits.range(1...ScenarioLimits.maximumPlaces)
        let places = try required(
          reader.int("places", in: 1...ScenarioLimits.maximumPlaces, allowed: allowed), reader, "places", allowed)
        spec.capacity = CapacitySchedule(constant: places)
      }
      spec.duration = try required(
        DistributionReader.read(reader, "duration"), reader, "duration", "a distribution of episode days")
    case .beds:
      let allowed = ScenarioLimits.range(1...ScenarioLimits.maximumBeds)
      let beds = try required(
        reader.int("beds", in: 1...ScenarioLimits.maximumBeds, allowed: allowed), reader, "beds", allowed)
      spec.capacity = CapacitySchedule(constant: beds)
      spec.duration = try required(
        DistributionReader.read(reader, "length_of_stay"), reader, "length_of_stay", "a distribution of days")
    }
    if let occupants = spec.occupants, kind != .beds, !spec.isOpen {
      let places = spec.capacity.capacity(at: 0)
      guard occupants.count <= places else {
        let inService = try reader.mapping("in_service") ?? reader
        throw inService.error(
          "count",
          "\(occupants.count) people, but the service has \(places) \(places == 1 ? "place" : "places") at the start",
          allowed: "0 to \(places) (beds take more: the rest are out of area)")
      }
    }
    return spec
  }

  /// `standard_from: list | referral` (default list), allowed only beside a `standard`.
  static func standardOrigin(_ reader: MappingReader) throws -> StandardOrigin {
    let allowed = "list (from joining the service's list), referral (from the referral day)"
    guard let text = try reader.string("standard_from") else { return .list }
    guard let origin = StandardOrigin(rawValue: text) else {
      throw reader.error("standard_from", "unknown origin '\(text)'", allowed: allowed)
    }
    guard reader.has("standard") else {
      throw reader.error("standard_from", "is given without a standard", allowed: "standard_from beside a standard")
    }
    return origin
  }

  static let wteRange = 0...ScenarioLimits.maximumWTE
  static let wteAllowed = ScenarioLimits.range(0, ScenarioLimits.maximumWTE, "a WTE")

  static func required<T>(_ value: T?, _ reader: MappingReader, _ key: String, _ allowed: String) throws -> T {
    guard let value else { throw reader.error(key, "is missing", allowed: allowed) }
    return value
  }

  /// Assessment slots: effective WTE (contracted WTE x the workforce's capacity factor) x
  /// assessments per WTE-week, as `round(effective WTE)` assessors each taking a fixed time, so
  /// throughput and utilisation (slots used / offered) are exact.
  static func readTriage(_ reader: MappingReader, into spec: inout ServiceSpec, context: StaffedContext) throws {
    let wte = try required(
      reader.positiveDouble("wte", maximum: ScenarioLimits.maximumWTE), reader, "wte",
      ScenarioLimits.range(ScenarioLimits.smallestPositive, ScenarioLimits.maximumWTE, "a WTE"))
    let perWeek = try required(
      reader.positiveDouble("assessments_per_wte_week", maximum: ScenarioLimits.maximumPerWTE), reader,
      "assessments_per_wte_week",
      ScenarioLimits.range(ScenarioLimits.smallestPositive, ScenarioLimits.maximumPerWTE, "assessments per WTE-week"))
    let workforce = context.workforce.resolved(contractedWTE: wte)
    let factor = workforce.capacityFactor
    let assessors = max(1, Int((wte * factor).rounded()))
    spec.workforce = workforce
    spec.staff = workforce.wteInPost
    let assessorsAt = { (wte: Double) in max(1, Int((wte * factor).rounded())) }
    let steps = try staffing(
      reader, startDate: context.startDate, initialWTE: wte, initial: assessors, capacity: assessorsAt)
    spec.capacity = try context.seasonal(steps, workforce: workforce, reader: reader, capacity: assessorsAt)
    spec.duration = try Distribution.fixed(7 * Double(assessors) / (wte * factor * perWeek))
  }

  /// Therapy places: contracted WTE x the workforce's capacity factor x caseload per WTE, split
  /// over providers; staffing may change at dates, and capacity with the season.
  static func readTherapy(_ reader: MappingReader, into spec: inout ServiceSpec, context: StaffedContext) throws {
    let wte = try required(reader.double("wte", in: wteRange, allowed: wteAllowed), reader, "wte", wteAllowed)
    let caseload = try required(
      reader.positiveDouble("caseload_per_wte", maximum: ScenarioLimits.maximumPerWTE), reader, "caseload_per_wte",
      ScenarioLimits.range(ScenarioLimits.smallestPositive, ScenarioLimits.maximumPerWTE, "places per WTE"))
    let workforce = context.workforce.resolved(contractedWTE: wte)
    let factor = workforce.capacityFactor
    spec.workforce = workforce
    spec.staff = workforce.wteInPost
    spec.providers = try providers(reader, wte: workforce.wteInPost)
    let places = Int((wte * factor * caseload).rounded())
    guard places <= ScenarioLimits.maximumPlaces else {
      throw reader.error(
        "wte", "gives \(places) places", allowed: "wte x caseload_per_wte of at most \(ScenarioLimits.maximumPlaces)")
    }
    guard places >= spec.providers else {
      throw reader.error(
        "wte", "gives \(places) places for \(spec.providers) providers", allowed: "at least one place per provider")
    }
    let placesAt = { (wte: Double) in Int((wte * factor * caseload).rounded()) }
    let steps = try staffing(
      reader, startDate: context.startDate, initialWTE: wte, initial: places, capacity: placesAt)
    spec.capacity = try context.seasonal(steps, workforce: workforce, reader: reader, capacity: placesAt)
    spec.sessions = try sessions(reader)
    spec.sessionInterval = try reader.days("interval", minimum: 0.5) ?? 7
  }

  /// Separate lists: a number, or `clinicians` for one diary per WTE (rounded, at least one),
  /// each patient allocated to a clinician's list at referral.
  static func providers(_ reader: MappingReader, wte: Double) throws -> Int {
    let allowed = "a whole number from 1 to 500, or clinicians (one list per WTE)"
    if try reader.string("providers") == "clinicians" {
      let clinicians = max(1, Int(wte.rounded()))
      guard clinicians <= 500 else {
        throw reader.error("providers", "clinicians gives \(clinicians) lists", allowed: allowed)
      }
      return clinicians
    }
    return try reader.int("providers", in: 1...500, allowed: allowed) ?? 1
  }

  /// Sessions per course: a distribution whose mean is at most `ScenarioLimits.maximumSessions`.
  static func sessions(_ reader: MappingReader) throws -> Distribution {
    let allowed = "a distribution of sessions per course with a mean from 0 to \(Int(ScenarioLimits.maximumSessions))"
    let sessions = try required(DistributionReader.read(reader, "sessions"), reader, "sessions", allowed)
    guard sessions.mean <= ScenarioLimits.maximumSessions else {
      throw reader.error("sessions", "the mean is \(sessions.mean) sessions", allowed: allowed)
    }
    return sessions
  }

  static func readGroup(_ reader: MappingReader, into spec: inout ServiceSpec) throws {
    let every = try required(
      reader.days("every", minimum: 1), reader, "every", "days between group starts, e.g. 2w, from 1 day to 1000y")
    let size = try required(reader.mapping("group_size"), reader, "group_size", "{min: 6, max: 12}")
    try size.rejectUnknownKeys(["min", "max"])
    let minimum = try required(
      size.int("min", in: 1...1000, allowed: "a whole number from 1 to 1000"), size, "min",
      "a whole number from 1 to 1000")
    let maximum = try required(
      size.int("max", in: minimum...1000, allowed: "a whole number from min (\(minimum)) to 1000"), size, "max",
      "a whole number from min (\(minimum)) to 1000")
    spec.group = GroupTimetable(everyDays: every, minimumSize: minimum, maximumSize: maximum)
    spec.staff = try reader.positiveDouble("wte", maximum: ScenarioLimits.maximumWTE) ?? 0
    spec.sessions = try sessions(reader)
    spec.sessionInterval = try reader.days("interval", minimum: 0.5) ?? 7
    spec.capacity = CapacitySchedule(constant: maximum)
  }

  /// `staffing: [{from: 2012-04-01, wte: 30}, ...]` changes contracted WTE at dates (or day
  /// offsets): the capacity schedule and the contracted WTE of each step (the first from day 0).
  static func staffing(
    _ reader: MappingReader, startDate: String, initialWTE: Double, initial: Int, capacity: (Double) -> Int
  ) throws -> StaffingSteps {
    guard let items = try reader.sequence("staffing") else {
      return StaffingSteps(schedule: CapacitySchedule(constant: initial), wte: [(0, initialWTE)])
    }
    var wteSteps = [(from: 0.0, wte: initialWTE)]
    var steps = [CapacitySchedule.Step(from: 0, capacity: initial)]
    for (number, item) in items.enumerated() {
      let step = try MappingReader(item, file: reader.file, path: "\(reader.keyPath("staffing")).\(number)")
      try step.rejectUnknownKeys(["from", "wte"])
      let fromText = try step.requiredString("from", allowed: "a date YYYY-MM-DD or a duration from the start")
      guard let from = DurationText.days(from: startDate, to: fromText) ?? DurationText.days(fromText),
        from > (steps.last?.from ?? 0)
      else {
        throw step.error(
          "from", "'\(fromText)' is not a date after the previous change", allowed: "increasing dates after start_date")
      }
      let wte = try required(step.double("wte", in: wteRange, allowed: wteAllowed), step, "wte", wteAllowed)
      let places = capacity(wte)
      guard places <= ScenarioLimits.maximumPlaces else {
        throw step.error("wte", "gives \(places) places", allowed: "at most \(ScenarioLimits.maximumPlaces) places")
      }
      steps.append(.init(from: from, capacity: places))
      wteSteps.append((from, wte))
    }
    return StaffingSteps(schedule: CapacitySchedule(steps: steps, cycle: nil), wte: wteSteps)
  }

}
