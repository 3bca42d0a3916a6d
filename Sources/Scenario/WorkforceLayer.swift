import CareModel
import Population

/// The keys of one `workforce:` section, each nil when the section does not give it: the top
/// level's (defaults for every staffed service) or a service's (`services.<id>.workforce`,
/// overriding the top level's key by key).
///
/// ```yaml
/// workforce:
///   vacancy_rate: 0.1                        # share of contracted WTE not in post, 0 to 0.9
///   annual_leave_weeks: 7                    # 0 to 20
///   sickness_rate: 0.05                      # 0 to 0.5
///   training_weeks: 1                        # 0 to 10
///   clinical_share: 0.52                     # 0.05 to 1
///   seasonal: {summer: 0.8, christmas: 0.5}  # each 0.1 to 2
///   wte_per_person: 0.85                     # 0.1 to 1
///   recruitment_lead: 26w                    # 0 to 5 years
/// ```
struct WorkforceLayer {
  var vacancyRate: Double?
  var annualLeaveWeeks: Double?
  var sicknessRate: Double?
  var trainingWeeks: Double?
  var clinicalShare: Double?
  var summer: Double?
  var christmas: Double?
  var wtePerPerson: Double?
  var recruitmentLeadDays: Double?

  static let keys = [
    "vacancy_rate", "annual_leave_weeks", "sickness_rate", "training_weeks", "clinical_share", "seasonal",
    "wte_per_person", "recruitment_lead",
  ]
  static let vacancyRange = 0.0...0.9
  static let leaveRange = 0.0...20
  static let sicknessRange = 0.0...0.5
  static let trainingRange = 0.0...10
  static let clinicalShareRange = 0.05...1
  static let seasonalRange = 0.1...2
  static let wtePerPersonRange = 0.1...1
  /// The longest recruitment lead (days): 5 years.
  static let maximumLeadDays = 5 * DayCount.perYear

  /// A section with no keys.
  static let empty = WorkforceLayer()

  /// Reads a `workforce:` section (nil: none).
  static func read(_ reader: MappingReader?) throws -> WorkforceLayer {
    guard let r = reader else { return .empty }
    try r.rejectUnknownKeys(keys)
    var layer = WorkforceLayer()
    layer.vacancyRate = try number(r, "vacancy_rate", vacancyRange, "a share of contracted WTE not in post")
    layer.annualLeaveWeeks = try number(r, "annual_leave_weeks", leaveRange, "weeks of leave and bank holidays a year")
    layer.sicknessRate = try number(r, "sickness_rate", sicknessRange, "a share of working time lost to sickness")
    layer.trainingWeeks = try number(r, "training_weeks", trainingRange, "weeks of training a year")
    layer.clinicalShare = try number(r, "clinical_share", clinicalShareRange, "a share of working time with patients")
    if let seasonal = try r.mapping("seasonal") {
      try seasonal.rejectUnknownKeys(["summer", "christmas"])
      let noun = "a capacity relative to the rest of the year"
      layer.summer = try number(seasonal, "summer", seasonalRange, noun)
      layer.christmas = try number(seasonal, "christmas", seasonalRange, noun)
    }
    layer.wtePerPerson = try number(r, "wte_per_person", wtePerPersonRange, "contracted WTE per person employed")
    layer.recruitmentLeadDays = try r.days("recruitment_lead", minimum: 0, maximum: maximumLeadDays)
    return layer
  }

  static func number(_ r: MappingReader, _ key: String, _ range: ClosedRange<Double>, _ noun: String) throws
    -> Double?
  {
    try r.double(key, in: range, allowed: ScenarioLimits.range(range.lowerBound, range.upperBound, noun))
  }

  /// This section's keys, with `fallback`'s where this one has none.
  func over(_ fallback: WorkforceLayer) -> WorkforceLayer {
    WorkforceLayer(
      vacancyRate: vacancyRate ?? fallback.vacancyRate, annualLeaveWeeks: annualLeaveWeeks ?? fallback.annualLeaveWeeks,
      sicknessRate: sicknessRate ?? fallback.sicknessRate, trainingWeeks: trainingWeeks ?? fallback.trainingWeeks,
      clinicalShare: clinicalShare ?? fallback.clinicalShare, summer: summer ?? fallback.summer,
      christmas: christmas ?? fallback.christmas, wtePerPerson: wtePerPerson ?? fallback.wtePerPerson,
      recruitmentLeadDays: recruitmentLeadDays ?? fallback.recruitmentLeadDays)
  }

  /// The workforce of `contractedWTE` with these keys and the reference year's values
  /// (`WorkforceSpec`'s defaults) for the rest.
  func resolved(contractedWTE: Double) -> WorkforceSpec {
    let reference = WorkforceSpec(contractedWTE: contractedWTE)
    return WorkforceSpec(
      contractedWTE: contractedWTE, vacancyRate: vacancyRate ?? reference.vacancyRate,
      annualLeaveWeeks: annualLeaveWeeks ?? reference.annualLeaveWeeks,
      sicknessRate: sicknessRate ?? reference.sicknessRate, trainingWeeks: trainingWeeks ?? reference.trainingWeeks,
      clinicalShare: clinicalShare ?? reference.clinicalShare,
      seasonal: SeasonalCapacity(
        summer: summer ?? reference.seasonal.summer, christmas: christmas ?? reference.seasonal.christmas),
      wtePerPerson: wtePerPerson ?? reference.wtePerPerson,
      recruitmentLeadDays: recruitmentLeadDays ?? reference.recruitmentLeadDays)
  }
}
