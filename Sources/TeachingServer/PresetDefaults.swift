import CareModel
import Population
import Scenario

/// A preset's own values of the page's controls, read from its scenario file.
public struct PresetDefaults: Encodable, Sendable {
  /// The preset's name (`one-step`, ...).
  public let preset: String
  public let title: String
  public let summary: String
  /// The therapy service the staff and sessions controls change.
  public let mainService: String
  /// All referrals a week in the scenario (referrals per week).
  public let referralsPerWeek: Double
  /// WTE of the main service.
  public let staffWTE: Double
  /// Mean sessions per course of the main service.
  public let sessionsPerCourse: Double
  /// Probability of missing a session without call-backs, and with them.
  public let dnaRate: Double
  public let callbackDNARate: Double
  public let callbacks: Bool
  public let replications: Int
  public let years: Int
  public let seed: Int
  /// Warm-up in the scenario file (days); a run uses at most a quarter of its horizon.
  public let warmupDays: Double
  /// True when M/M/c theory is shown beside the simulation.
  public let hasTheory: Bool
  /// What the lead wait measures.
  public let waitLabel: String
  /// The ranges of this preset's controls (``RequestLimits``).
  public let limits: ControlLimits
  /// The course-length distribution's shift: sessions per course = mean of the draw + shift.
  let sessionShift: Double

  /// Reads the preset's scenario from `scenariosDirectory`.
  public init(preset: Preset, scenariosDirectory: String) throws {
    let path = PresetCatalog.path(preset, scenariosDirectory: scenariosDirectory)
    try self.init(preset: preset, loaded: LoadedScenario.load(path: path), path: path)
  }

  /// The defaults of `preset` from its scenario, loaded from `path` without overrides.
  init(preset: Preset, loaded: LoadedScenario, path: String) throws {
    guard let setup = loaded.design as? CareSetup else {
      throw TeachingError.failed("\(path) is not a care scenario")
    }
    let (design, area) = (setup.design, setup.area)
    guard let service = design.services.first(where: { $0.id == preset.mainService }),
      let sessions = service.sessions
    else { throw TeachingError.failed("\(path) has no therapy service '\(preset.mainService)'") }
    self.preset = preset.rawValue
    title = preset.title
    summary = preset.summary
    mainService = preset.mainService
    referralsPerWeek = (design.referralsPerYear ?? area.referralsPerYear) * 7 / DayCount.perYear
    staffWTE = service.staff
    sessionsPerCourse = sessions.mean
    sessionShift = sessions.shift
    dnaRate = design.policies.dnaRate
    callbackDNARate = design.policies.callbackDNARate
    callbacks = design.policies.callbacks
    replications = preset.defaultReplications
    years = preset.defaultYears
    seed = Int(clamping: design.seed)
    warmupDays = design.warmupDays
    hasTheory = preset.hasTheory
    waitLabel = preset.waitLabel
    limits = ControlLimits(RequestLimits.of(preset))
  }
}
