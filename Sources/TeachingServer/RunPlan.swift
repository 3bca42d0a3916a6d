import CareModel
import Population
import Scenario

/// What one teaching run will do: the request's values, or the preset's where the request gives
/// none, and the typed overrides that apply them to the preset's scenario.
public struct RunPlan: Encodable, Sendable, Equatable {
  public let preset: String
  public let referralsPerWeek: Double
  public let staffWTE: Double
  public let sessionsPerCourse: Double
  public let dnaRate: Double
  public let callbacks: Bool
  public let replications: Int
  public let years: Int
  public let seed: Int
  /// Warm-up (days): the scenario's, but at most a quarter of the horizon.
  public let warmupDays: Double
  let sessionShift: Double

  /// Fills the request's absent fields from the preset's defaults.
  public init(request: SimulationRequest, defaults: PresetDefaults) throws(TeachingError) {
    preset = request.preset.rawValue
    referralsPerWeek = request.referralsPerWeek ?? defaults.referralsPerWeek
    staffWTE = request.staffWTE ?? defaults.staffWTE
    sessionsPerCourse = request.sessionsPerCourse ?? defaults.sessionsPerCourse
    dnaRate = request.dnaRate ?? defaults.dnaRate
    callbacks = request.callbacks ?? defaults.callbacks
    replications = request.replications ?? defaults.replications
    years = request.years ?? defaults.years
    seed = request.seed ?? defaults.seed
    sessionShift = defaults.sessionShift
    warmupDays = min(defaults.warmupDays, Double(years) * DayCount.perYear / 4)
    guard sessionsPerCourse > sessionShift else {
      throw .badRequest(
        "sessions_per_course: \(sessionsPerCourse) is too few for this preset (allowed: more than \(sessionShift))")
    }
  }

  /// The overrides applied to the preset's scenario, in order.
  public func overrides(mainService: String) -> [SetOverride] {
    let service = ["services", mainService]
    return [
      SetOverride(path: ["referrals", "per_year"], value: .number(referralsPerWeek * DayCount.perYear / 7)),
      SetOverride(path: service + ["wte"], value: .number(staffWTE)),
      SetOverride(path: service + ["sessions", "mean"], value: .number(sessionsPerCourse - sessionShift)),
      SetOverride(path: ["policies", "dna", "rate"], value: .number(dnaRate)),
      SetOverride(path: ["policies", "dna", "callbacks"], value: .flag(callbacks)),
      SetOverride(path: ["replications"], value: .integer(replications)),
      SetOverride(path: ["seed"], value: .integer(seed)),
      SetOverride(path: ["horizon"], value: .years(years)),
      SetOverride(path: ["warmup"], value: .days(warmupDays)),
    ]
  }
}
