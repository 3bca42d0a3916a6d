import CareModel
import SimCore

extension ServiceReader {
  /// Kinds whose capacity comes from their staff, and so take a `workforce` section.
  static let staffedKinds: Set<ServiceKind> = [.triage, .therapy, .coordination]

  /// A staffed service's capacity schedule from `staffing`, and its contracted WTE at each step.
  struct StaffingSteps {
    /// Capacity at each staffing step, before the seasonal profile.
    let schedule: CapacitySchedule
    /// Contracted WTE from each day (the first from day 0), in day order.
    let wte: [(from: Double, wte: Double)]
  }

  /// What a staffed service's capacity is built from besides its own keys: the run's calendar
  /// and the top level's workforce keys under the service's own.
  struct StaffedContext {
    /// ISO date of day 0.
    let startDate: String
    /// Days in the run.
    let horizonDays: Double
    /// The service's `workforce` keys over the top level's.
    let workforce: WorkforceLayer

    /// `steps` with the workforce's seasonal profile applied: a step at every staffing change
    /// and seasonal boundary, each with `capacity(contracted WTE x seasonal factor)`. Without a
    /// seasonal profile, `steps.schedule` as it is.
    func seasonal(
      _ steps: StaffingSteps, workforce: WorkforceSpec, reader: MappingReader, capacity: (Double) -> Int
    ) throws -> CapacitySchedule {
      guard !workforce.seasonal.isFlat else { return steps.schedule }
      let seasons = workforce.seasonal.profile(startDate: startDate, horizonDays: horizonDays)
      let days = Set(steps.wte.map(\.from) + seasons.map(\.day)).sorted()
      let schedule = CapacitySchedule(
        steps: days.map { day in
          let wte = steps.wte.last { $0.from <= day }?.wte ?? 0
          let factor = seasons.last { $0.day <= day }?.factor ?? 1
          return CapacitySchedule.Step(from: day, capacity: capacity(wte * factor))
        }, cycle: nil)
      guard schedule.peak <= ScenarioLimits.maximumPlaces else {
        throw reader.error(
          "workforce", "the seasonal profile gives \(schedule.peak) places",
          allowed: "at most \(ScenarioLimits.maximumPlaces) places at any date")
      }
      return schedule
    }
  }

  /// Link workers: `round(staff x capacity factor x caseload_each)` places, at least 1 when
  /// staff > 0, moving with the season.
  static func readCoordination(_ reader: MappingReader, into spec: inout ServiceSpec, context: StaffedContext) throws {
    let staffAllowed = ScenarioLimits.range(0, ScenarioLimits.maximumWTE, "link workers (0: not yet in post)")
    let staff = try required(
      reader.double("staff", in: 0...ScenarioLimits.maximumWTE, allowed: staffAllowed), reader, "staff",
      staffAllowed)
    let eachAllowed = ScenarioLimits.range(ScenarioLimits.smallestPositive, ScenarioLimits.maximumPerWTE)
    let each = try required(
      reader.positiveDouble("caseload_each", maximum: ScenarioLimits.maximumPerWTE), reader, "caseload_each",
      eachAllowed)
    let workforce = context.workforce.resolved(contractedWTE: staff)
    let factor = workforce.capacityFactor
    spec.workforce = workforce
    spec.staff = workforce.wteInPost
    let placesAt = { (staff: Double) in staff == 0 ? 0 : max(1, Int((staff * factor * each).rounded())) }
    let steps = StaffingSteps(schedule: CapacitySchedule(constant: placesAt(staff)), wte: [(0, staff)])
    spec.capacity = try context.seasonal(steps, workforce: workforce, reader: reader, capacity: placesAt)
  }
}
