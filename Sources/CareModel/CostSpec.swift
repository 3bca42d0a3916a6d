import StepwellMetrics

/// Unit costs and valuations, brought to one price year, and discounting.
public struct CostSpec: Sendable {
  /// The price year every cost is expressed in, e.g. "2023/24".
  public var priceYear: String
  /// The annual discount rate (HM Treasury Green Book: 0.035).
  public var discountRate: Double
  /// Cost per booked session (attended or missed), by service id, in price-year pounds.
  public var sessionCost: [String: Double]
  /// Cost per assessment (pounds).
  public var assessment: Double
  /// Cost per GP consultation (pounds); each GP referral and re-referral needs one.
  public var gpConsultation: Double
  /// CMHT cost per caseload day (pounds): cost per contact x contacts per week / 7.
  public var cmhtPerDay: Double
  /// Crisis team cost per caseload day (pounds): cost per patient-month / (365.25 / 12).
  public var crisisPerDay: Double
  /// Cost per occupied local bed day and per out-of-area bed day (pounds).
  public var bedDay: Double
  public var outOfAreaBedDay: Double
  /// Staff cost per WTE-year (pounds) by service id (link workers, community services...).
  public var staffPerWTEYear: [String: Double]
  /// Cost per community-service episode (pounds).
  public var communityEpisode: Double
  /// Cost per staff hour of reminder call-backs (pounds), counted with staff costs.
  public var callbackHour = 44.0
  /// Cost of one group session offered on the timetable (pounds): facilitators' time.
  public var groupSession = 264.0
  /// Share of the bed-day cost that is fixed (paid for every bed, occupied or not); the rest is
  /// paid per occupied day.
  public var bedFixedShare = 0.75
  /// How each service is paid for, by service id; absent ids are costed by capacity.
  public var costing: [String: CostingMode] = [:]
  /// Who pays each service, by service id; absent ids take the payer of their role
  /// (`payer(of:role:)`).
  public var payers: [String: CostPayer] = [:]
  /// Annual discount rate of outcomes (QALYs; NICE reference case 0.035) and its sensitivity
  /// value (0.015).
  public var outcomeDiscountRate = 0.035
  public var outcomeSensitivityRate = 0.015
  /// Willingness to pay per QALY for net monetary benefit (pounds; NICE 20,000 and 30,000).
  public var thresholds: [Double] = [20000, 30000]
  /// Societal valuations, kept as a labelled sensitivity and never added to cash (pounds,
  /// GDP-deflated to the price year): a suicide prevented, and a "purposeful year" of recovered
  /// time (the seed's figure, unsourced).
  public var suicideValue: Double
  public var purposefulYearValue: Double

  public init(
    priceYear: String, discountRate: Double, sessionCost: [String: Double], assessment: Double,
    gpConsultation: Double, cmhtPerDay: Double, crisisPerDay: Double, bedDay: Double,
    outOfAreaBedDay: Double, staffPerWTEYear: [String: Double], communityEpisode: Double,
    suicideValue: Double, purposefulYearValue: Double
  ) {
    self.priceYear = priceYear
    self.discountRate = discountRate
    self.sessionCost = sessionCost
    self.assessment = assessment
    self.gpConsultation = gpConsultation
    self.cmhtPerDay = cmhtPerDay
    self.crisisPerDay = crisisPerDay
    self.bedDay = bedDay
    self.outOfAreaBedDay = outOfAreaBedDay
    self.staffPerWTEYear = staffPerWTEYear
    self.communityEpisode = communityEpisode
    self.suicideValue = suicideValue
    self.purposefulYearValue = purposefulYearValue
  }

  /// How service `id` is paid for.
  public func mode(of id: String) -> CostingMode { costing[id] ?? .capacity }

  /// Who pays service `id`: the scenario's `costs.payers`, else the payer of the service's role.
  public func payer(of id: String, role: ServiceRole) -> CostPayer {
    if let payer = payers[id] { return payer }
    switch role {
    case .cmht, .crisis, .beds: return .mentalHealthTrust
    case .community: return .localAuthority
    case .primaryCare: return .talkingTherapies
    }
  }

  /// The cost categories, in output order.
  public static let categories = CostCategory.parts.map(\.rawValue)

  /// The discount factor of projection year k (1-based): 1 / (1 + r)^(k - 1), so year 1 is
  /// undiscounted (Green Book convention for costs at the start of each year).
  public func discountFactor(year: Int) -> Double {
    discountFactor(year: year, rate: discountRate)
  }

  /// The discount factor of projection year k (1-based) at `rate`: 1 / (1 + rate)^(k - 1).
  public func discountFactor(year: Int, rate: Double) -> Double {
    1 / pow1p(rate, year - 1)
  }

  /// The discounted total of one value per projection year (year 1 first) at `rate`, by default
  /// the cost rate.
  public func discounted(_ values: [Double], rate: Double? = nil) -> Double {
    values.enumerated().reduce(0) { $0 + $1.element * discountFactor(year: $1.offset + 1, rate: rate ?? discountRate) }
  }

  func pow1p(_ rate: Double, _ exponent: Int) -> Double {
    var result = 1.0
    for _ in 0..<max(0, exponent) { result *= 1 + rate }
    return result
  }
}
