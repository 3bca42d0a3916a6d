import CareModel
import Population
import Scenario

/// What one teaching run will do: the request's values, or the preset's where the request gives
/// none, and the `--set` overrides that apply them to the preset's scenario.
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
  public func overrides(mainService: String) throws(TeachingError) -> [SetOverride] {
    let texts = [
      "referrals.per_year=\(referralsPerWeek * DayCount.perYear / 7)",
      "services.\(mainService).wte=\(staffWTE)",
      "services.\(mainService).sessions.mean=\(sessionsPerCourse - sessionShift)",
      "policies.dna.rate=\(dnaRate)",
      "policies.dna.callbacks=\(callbacks)",
      "replications=\(replications)",
      "seed=\(seed)",
      "horizon=\(years)y",
      "warmup=\(warmupDays)d",
    ]
    do {
      return try texts.map { try SetOverride($0) }
    } catch {
      throw .failed("could not build the overrides: \(error)")
    }
  }
}
