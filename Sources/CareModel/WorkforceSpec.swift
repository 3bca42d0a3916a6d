import Foundation

/// The workforce behind a staffed service (triage, therapy, link workers): posts funded and
/// filled, the time staff in post spend with patients, and how long a new post takes to fill.
///
/// The per-WTE rates of a scenario (`caseload_per_wte`, `assessments_per_wte_week`,
/// `caseload_each`) are for a WTE in post working the reference year: `referenceClinicalWeeks`
/// clinical weeks at `referenceClinicalShare` of working time with patients. A service's
/// capacity is its contracted WTE x `capacityFactor` x its per-WTE rate, so the defaults change
/// nothing. Sources and grades of every default: docs/evidence.md, "Workforce".
public struct WorkforceSpec: Sendable, Hashable {
  /// Weeks of annual leave and bank holidays a year of the reference year: Agenda for Change, 27
  /// days on appointment plus 8 bank holidays = 35 working days.
  public static let defaultAnnualLeaveWeeks = 7.0
  /// Share of working days lost to sickness in the reference year (NHS staff about 4.3% in
  /// 2019 and 5.6% in 2022; PSSRU allows nurses 13 sick days of 260).
  public static let defaultSicknessRate = 0.05
  /// Weeks of training a year in the reference year (PSSRU 2024: 5 days).
  public static let defaultTrainingWeeks = 1.0
  /// Share of working time with patients in the reference year (PSSRU 2024: direct to indirect
  /// time 1 : 0.91 for scientific and professional staff, 1 / 1.91 = 0.52).
  public static let referenceClinicalShare = 0.52
  /// Contracted WTE per person employed (NHS staff: about 1.23 million FTE in about 1.5 million
  /// people, 0.82; 0.85 for clinical staff).
  public static let defaultWTEPerPerson = 0.85
  /// Days from deciding to fund a post to the person being in post: 26 weeks (approval, about
  /// 10 weeks from advert to a confirmed start date, and a notice period).
  public static let defaultRecruitmentLeadDays = 182.0
  /// Weeks in a year for clinical weeks (52).
  public static let weeksPerYear = 52.0

  /// Clinical weeks a year of the reference year: (52 - 7 - 1) x (1 - 0.05) = 41.8.
  public static let referenceClinicalWeeks = clinicalWeeks(
    annualLeaveWeeks: defaultAnnualLeaveWeeks, trainingWeeks: defaultTrainingWeeks, sicknessRate: defaultSicknessRate)

  /// Contracted WTE at the start of the run: posts funded, filled or not (the service's `wte`,
  /// or `staff` for link workers; 0 to 10,000).
  public var contractedWTE: Double
  /// Share of contracted WTE not in post (0 to 0.9). Vacant posts give no capacity and are not
  /// paid.
  public var vacancyRate: Double
  /// Annual leave and bank holidays a year (weeks, 0 to 20).
  public var annualLeaveWeeks: Double
  /// Share of working time lost to sickness (0 to 0.5).
  public var sicknessRate: Double
  /// Training a year (weeks, 0 to 10).
  public var trainingWeeks: Double
  /// Share of working time spent with patients (0.05 to 1).
  public var clinicalShare: Double
  /// Relative capacity in the summer holiday and at Christmas, the rest of the year raised to
  /// keep each year's mean.
  public var seasonal: SeasonalCapacity
  /// Contracted WTE per person employed (0.1 to 1): turns WTE into people to recruit.
  public var wtePerPerson: Double
  /// Days from deciding to fund a post to the person being in post (0 to 5 years).
  public var recruitmentLeadDays: Double

  /// A workforce of `contractedWTE` with the reference year's values unless given.
  public init(
    contractedWTE: Double, vacancyRate: Double = 0, annualLeaveWeeks: Double = defaultAnnualLeaveWeeks,
    sicknessRate: Double = defaultSicknessRate, trainingWeeks: Double = defaultTrainingWeeks,
    clinicalShare: Double = referenceClinicalShare, seasonal: SeasonalCapacity = .flat,
    wtePerPerson: Double = defaultWTEPerPerson, recruitmentLeadDays: Double = defaultRecruitmentLeadDays
  ) {
    self.contractedWTE = contractedWTE
    self.vacancyRate = vacancyRate
    self.annualLeaveWeeks = annualLeaveWeeks
    self.sicknessRate = sicknessRate
    self.trainingWeeks = trainingWeeks
    self.clinicalShare = clinicalShare
    self.seasonal = seasonal
    self.wtePerPerson = wtePerPerson
    self.recruitmentLeadDays = recruitmentLeadDays
  }

  /// Clinical weeks a year: (52 - leave - training) x (1 - sickness).
  public static func clinicalWeeks(annualLeaveWeeks: Double, trainingWeeks: Double, sicknessRate: Double) -> Double {
    (weeksPerYear - annualLeaveWeeks - trainingWeeks) * (1 - sicknessRate)
  }

  /// Clinical weeks a year of a WTE in post (weeks).
  public var clinicalWeeksPerYear: Double {
    WorkforceSpec.clinicalWeeks(
      annualLeaveWeeks: annualLeaveWeeks, trainingWeeks: trainingWeeks, sicknessRate: sicknessRate)
  }

  /// WTE in post: contracted WTE x (1 - vacancy rate). Staff cost counts these.
  public var wteInPost: Double { contractedWTE * (1 - vacancyRate) }

  /// Clinical time of a WTE in post relative to the reference year the per-WTE rates assume:
  /// (clinical weeks / 41.8) x (clinical share / 0.52); 1 with the defaults.
  public var availabilityFactor: Double {
    clinicalWeeksPerYear / WorkforceSpec.referenceClinicalWeeks
      * (clinicalShare / WorkforceSpec.referenceClinicalShare)
  }

  /// Capacity per contracted WTE relative to a service without a workforce section:
  /// (1 - vacancy rate) x `availabilityFactor` (before the seasonal profile, which keeps each
  /// year's mean). Places = round(contracted WTE x this x places per WTE).
  public var capacityFactor: Double { (1 - vacancyRate) * availabilityFactor }

  /// Contracted WTE x `capacityFactor`: the WTE of the reference year the service's capacity
  /// is worth.
  public var effectiveWTE: Double { contractedWTE * capacityFactor }

  /// People to recruit to fund `extraContractedWTE` more posts, as many as are filled at the
  /// service's vacancy rate: ceil(extra x (1 - vacancy rate) / WTE per person); 0 for none.
  /// A product within 1e-9 of a whole number counts as that number.
  public func peopleToRecruit(extraContractedWTE: Double) -> Int {
    guard extraContractedWTE > 0 else { return 0 }
    let people = extraContractedWTE * (1 - vacancyRate) / wtePerPerson
    return Int((people - 1e-9).rounded(.up))
  }
}
