import Foundation

/// The body of `POST /api/simulate`, parsed and checked: a preset and the learner's controls.
///
/// Every field but `preset` is optional; an absent field keeps the preset's own value. Unknown
/// keys, wrong JSON types and values out of range are refused (`TeachingError.badRequest`), so a
/// request that parses can always be run, within the time the ranges allow. The ranges depend on
/// the preset (``RequestLimits``).
public struct SimulationRequest: Sendable, Equatable {
  /// The scenario to run.
  public var preset: Preset
  /// All referrals a week (referrals per week).
  public var referralsPerWeek: Double?
  /// Whole-time-equivalent staff of the preset's main therapy service.
  public var staffWTE: Double?
  /// Mean sessions per course of the main therapy service.
  public var sessionsPerCourse: Double?
  /// Probability of missing a booked session.
  public var dnaRate: Double?
  /// Reminder call-backs (the model then uses the scenario's call-back DNA rate instead).
  public var callbacks: Bool?
  /// Replications.
  public var replications: Int?
  /// Simulated years per replication, warm-up included.
  public var years: Int?
  /// Master seed, 0 to 2^31 - 1.
  public var seed: Int?

  /// The keys a request may hold.
  public static let keys = [
    "preset", "referrals_per_week", "staff_wte", "sessions_per_course", "dna_rate", "callbacks",
    "replications", "years", "seed",
  ]

  public init(
    preset: Preset, referralsPerWeek: Double? = nil, staffWTE: Double? = nil,
    sessionsPerCourse: Double? = nil, dnaRate: Double? = nil, callbacks: Bool? = nil,
    replications: Int? = nil, years: Int? = nil, seed: Int? = nil
  ) {
    self.preset = preset
    self.referralsPerWeek = referralsPerWeek
    self.staffWTE = staffWTE
    self.sessionsPerCourse = sessionsPerCourse
    self.dnaRate = dnaRate
    self.callbacks = callbacks
    self.replications = replications
    self.years = years
    self.seed = seed
  }

  /// Parses and checks a JSON body.
  public init(json: Data) throws(TeachingError) {
    let fields: [String: JSONField]
    do {
      fields = try JSONDecoder().decode([String: JSONField].self, from: json)
    } catch {
      throw .badRequest("the body is not a JSON object: send {\"preset\": \"one-step\", ...}")
    }
    if let unknown = fields.keys.sorted().first(where: { !SimulationRequest.keys.contains($0) }) {
      throw .badRequest(
        "unknown key '\(unknown)' (allowed: \(SimulationRequest.keys.joined(separator: ", ")))")
    }
    let reader = FieldReader(fields: fields)
    let presetName = try reader.string("preset")
    guard let presetName else {
      throw .badRequest("preset is missing (allowed: \(Preset.allCases.map(\.rawValue).joined(separator: ", ")))")
    }
    guard let preset = Preset(rawValue: presetName) else {
      throw .badRequest(
        "preset '\(presetName)' is unknown (allowed: \(Preset.allCases.map(\.rawValue).joined(separator: ", ")))")
    }
    self.init(preset: preset)
    let limits = RequestLimits.of(preset)
    referralsPerWeek = try reader.number("referrals_per_week", in: limits.referralsPerWeek)
    staffWTE = try reader.number("staff_wte", in: limits.staffWTE)
    sessionsPerCourse = try reader.number("sessions_per_course", in: limits.sessionsPerCourse)
    dnaRate = try reader.number("dna_rate", in: limits.dnaRate)
    callbacks = try reader.bool("callbacks")
    replications = try reader.integer("replications", in: limits.replications)
    years = try reader.integer("years", in: limits.years)
    seed = try reader.integer("seed", in: limits.seed)
  }
}
