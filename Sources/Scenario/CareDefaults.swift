import CareModel
import Population
import Stochastics

/// Every default of a care scenario in one place, each with its source (see docs/evidence.md).
public enum CareDefaults {
  /// Share of referrals that are new episodes (assumption: 32% of people have two or more
  /// referrals over six years, `repeat_referral_share_people`; about a quarter of referrals).
  public static let newEpisodeShare = 0.75
  /// Per-session DNA without call-backs (`dna_rate_per_session`, 0.10).
  public static let dnaRate = 0.10
  /// Per-session DNA with call-backs (`esteem_dna_rate`, seed figure 0.04).
  public static let callbackDNARate = 0.04
  /// Staff minutes per reminder call-back (assumption: dialling, a short call or voicemail, and a
  /// note in the record).
  public static let callbackMinutes = 10.0
  /// DNA multipliers by IMD quintile, most deprived first: none (1) unless the scenario writes
  /// them; the sheet found no DNA rates by IMD (`access_by_ethnicity` note).
  public static let dnaByQuintile = [1.0, 1.0, 1.0, 1.0, 1.0]
  /// Missed sessions before the course ends (standard practice: two).
  public static let missedLimit = 2
  /// Recovery probability multipliers by IMD quintile: none (1) unless the scenario writes them;
  /// the shipped scenarios give the gradient as odds ratios (`equity.recovery_odds_by_imd_quintile`).
  public static let recoveryByQuintile = [1.0, 1.0, 1.0, 1.0, 1.0]
  /// Dropout after each attended session (assumption: with 6-12 sessions gives about 40% of
  /// starters not finishing, `dropout_after_entering` 0.43).
  public static let dropoutPerSession = 0.06
  /// GP re-referral delay (assumption: median 8 weeks, mean 12 weeks).
  public static let gpReturnDelay: Distribution = {
    do { return try Distribution.lognormal(median: 56, mean: 84) } catch {
      preconditionFailure("the default GP return delay is invalid: \(error)")
    }
  }()
  /// Share never returning to the GP (assumption: 0.3, `gp_suitable_attending_any_iapt` 0.55).
  public static let gpNeverReturn = 0.3
  /// Co-ordination time limit under time-limited discharge (assumption: 12 weeks).
  public static let coordinationTimeLimit = 84.0
  /// Deterioration: Weibull shape and scales (assumption, calibrated so about 6% of untreated
  /// severe cases reach crisis within a year; `escalation_primary_to_secondary` 0.03 overall).
  public static let deteriorationShape = 1.5
  public static let deteriorationScale: [MentalHealthState: Double] = [
    .none: 0, .mildModerate: 60 * DayCount.perYear, .severeCMD: 20 * DayCount.perYear, .smi: 5 * DayCount.perYear,
  ]
  /// Remission without treatment, hazard per month by severity: `untreated_dep_remit_3m_6m_12m`
  /// (Whiteford 2013: 23/32/53% at 3/6/12 months, an exponential of about 0.065 a month) and
  /// `waitlist_dep_remit_4_12wk` (Mekonen 2022: 12.5% over 4-12 weeks on a waitlist), split by
  /// severity (assumption: milder episodes remit faster, `mde_recovered_by_month`); SMI does not
  /// remit untreated.
  public static let remissionPerMonth: [MentalHealthState: Double] = [
    .none: 0.08, .mildModerate: 0.08, .severeCMD: 0.05, .smi: 0,
  ]
  public static let coordinatedMultiplier = 0.5
  public static let admissionShare = 0.35
  public static let cmhtShare = 0.45
  /// Suicide hazards per 100,000 person-years (see docs/evidence.md for the derivation).
  public static let suicidePer100k: [RiskState: Double] = [
    .general: 8.3, .waiting: 60, .inTreatment: 45, .untreated: 60, .recovered: 25,
    .secondary: 150, .inpatient: 300, .postDischarge: 2060,
  ]
  /// Suicide hazard by person (docs/evidence.md): `suicide_rate_by_sex` (ONS 2023, A) as the
  /// baseline; the age shape an assumption (D) after `suicide_rate_peak_age` (male 45-49 at 1.47x
  /// the male rate, female 50-54 at 1.61x) and under-18 deaths (`under18_suicides_uk`, about
  /// 0.05x); episode relative risks `suicide_rr_anxiety` (IRR 4.1, A) for mild to moderate and
  /// `suicide_smr_depression` (20, A) for severe episodes, SMI 12 (assumption, D); treatment
  /// `suicide_or_psychosocial_tx` (OR 0.75, B); after recovery 2 (assumption, D); out of contact
  /// (1 - 0.26) / (1 - 0.05) = 0.78 (`share_suicides_mh_patients` 0.26, A, over the 5% of people
  /// in contact with secondary care a year, `secondary_mh_contact_share`, A; derived, D).
  public static let suicideHazard = SuicideHazard(
    basePer100k: [.male: 17.4, .female: 5.7],
    ageMultiplier: [
      .age0to15: 0.05, .age16to24: 0.8, .age25to34: 1.05, .age35to44: 1.2, .age45to54: 1.45,
      .age55to64: 1.2, .age65to74: 0.75, .age75plus: 0.75,
    ],
    severityRR: [.mildModerate: 4.1, .severeCMD: 20, .smi: 12], treatmentRR: 0.75, recoveredRR: 2,
    notInContactMultiplier: 0.78)
  /// Days after leaving services that still count as "in contact in the previous year".
  public static let contactWindowDays = DayCount.perYear
}

extension CareDefaults {
  /// A price with its source year.
  public struct Price: Sendable {
    public let value: Double
    public let year: String
    public init(_ value: Double, _ year: String) {
      self.value = value
      self.year = year
    }
  }

  /// Default unit costs and valuations, each with its source year (see docs/evidence.md).
  public struct Costs: Sendable {
    public let priceYear = "2023/24"
    /// Multipliers to 2023/24 prices by source year (assumption: the sheet's 1.35 from 2010/11,
    /// `cost_inflation_2010_11_to_2023_24`, spread at about 2.3% a year, with 2021/22-2022/23
    /// stepped up for the inflation of those years).
    public let uplift: [String: Double] = [
      "2009/10": 1.38, "2010/11": 1.35, "2011/12": 1.32, "2012/13": 1.29, "2013/14": 1.26,
      "2014/15": 1.23, "2015/16": 1.20, "2016/17": 1.18, "2017/18": 1.16, "2018/19": 1.14,
      "2019/20": 1.12, "2020/21": 1.10, "2021/22": 1.08, "2022/23": 1.04, "2023/24": 1.0,
    ]
    /// Cost per booked session: cost_li_session 99 and cost_hi_session 177 (2010/11, A);
    /// step 1 group place per session: assumption, a tenth of a 10-person group's 2 staff-hours.
    public let sessions: [String: Price] = [
      "step1": Price(20, "2010/11"), "step2": Price(99, "2010/11"), "step3": Price(177, "2010/11"),
    ]
    /// Assessment: assumption, one low-intensity session (cost_li_session, 2010/11); used only
    /// when triage is costed by activity.
    public let assessment = Price(99, "2010/11")
    /// GP consultation: cost_gp_consultation 45 (2013, B).
    public let gpConsultation = Price(45, "2013/14")
    /// CMHT contact: cost_cmht_contact 280 (PSSRU 2024, 2023/24, A), one contact a week per
    /// caseload place.
    public let cmhtContact = Price(280, "2023/24")
    /// Crisis team per patient-month: crisis_home_treatment_cost_per_month 2,200 (c.2010, B).
    public let crisisMonth = Price(2200, "2010/11")
    /// Bed day: cost_bed_day_adult_acute_mh 575 (PSSRU 2024 from NCC 2023/24, A); out of area
    /// 620 (2021/22 private bed, C/D).
    public let bedDay = Price(575, "2023/24")
    public let outOfAreaBedDay = Price(620, "2021/22")
    /// Fixed share of the bed-day cost: bed_cost_fixed_share not found, 0.75 the middle of the
    /// sheet's 0.6-0.9 (D).
    public let bedFixedShare = 0.75
    /// Cost per WTE-year by service id (PSSRU 2024 Table 8.2.1, 2023/24, with on-costs, overheads
    /// and capital, A): PWPs band 5 (grade D for the band), high-intensity therapists band 7.
    /// Link workers: the ARRS reimbursement 36,428 (2022/23, B) is salary and on-costs; with the
    /// sheet's overhead_rate (0.75 x salary + 7,689 capital, D) a full cost of 64,660 (D).
    public let staff: [String: Price] = [
      "triage": Price(69860, "2023/24"), "step2": Price(69860, "2023/24"), "step3": Price(106_873, "2023/24"),
      "linkworker": Price(64660, "2022/23"),
    ]
    /// Cost per WTE-year of a service id without its own price, by kind: triage band 5, therapy
    /// band 6 (89,215, PSSRU 2024, A; the band is an assumption, D), co-ordination as link workers.
    public let staffByKind: [ServiceKind: Price] = [
      .triage: Price(69860, "2023/24"), .therapy: Price(89215, "2023/24"), .coordination: Price(64660, "2022/23"),
    ]
    /// One group session on the timetable: two band-5 facilitators for 3 hours each (2 hours'
    /// session, 1 hour preparing and writing up) at cost_hour_sciprof 44 (PSSRU 2024, A; the
    /// staffing is an assumption, D).
    public let groupSession = Price(264, "2023/24")
    /// Community-service episode: cost_link_worker_per_person 160 (derived, D).
    public let communityEpisode = Price(160, "2022/23")
    /// cost_hour_sciprof band 5 (PSSRU 2024, A): a reminder call made by a band-5 worker.
    public let callbackHour = Price(44, "2023/24")
    /// Suicide: cost_per_suicide 1.67m (2009 prices, societal, A/B); the seed's £1m "to health"
    /// is a sensitivity setting (valuations.suicide).
    public let suicide = Price(1_670_000, "2009/10")
    /// A "purposeful year": seed_value_purposeful_year 30,000 (C); year assumed 2011/12.
    public let purposefulYear = Price(30000, "2011/12")
    /// GDP deflator at market prices as multipliers to 2023/24 prices (the reciprocal of the
    /// index with 2023/24 = 1), for societal valuations: HM Treasury series L8GG as approximately
    /// recalled, since the sheet has no copy (D; replace with the current HM Treasury table).
    public let gdpDeflator: [String: Double] = [
      "2009/10": 1.399, "2010/11": 1.376, "2011/12": 1.351, "2012/13": 1.330, "2013/14": 1.305,
      "2014/15": 1.289, "2015/16": 1.280, "2016/17": 1.255, "2017/18": 1.233, "2018/19": 1.206,
      "2019/20": 1.172, "2020/21": 1.114, "2021/22": 1.125, "2022/23": 1.071, "2023/24": 1.0,
    ]
  }

  public static let costs = Costs()
}
