import Population

/// A validated care scenario: services, pathway, policies and risks, with times in days.
public struct CareDesign: Sendable {
  /// The scenario's name.
  public var name: String
  /// The area file's name (`Scenarios/areas/<area>.yaml`).
  public var area: String
  /// The calendar date of day 0 (ISO, e.g. 2011-04-01).
  public var startDate: String
  /// Simulated days per replication, warm-up included.
  public var horizonDays: Double
  /// Days before statistics start.
  public var warmupDays: Double
  /// Replications and master seed.
  public var replications: Int
  public var seed: UInt64
  /// Services in file order.
  public var services: [ServiceSpec]
  public var pathway: PathwaySpec
  public var policies: PolicySpec
  public var risk: RiskSpec
  /// Total referrals per year the referral inflow is scaled to (nil: the area's figure).
  public var referralsPerYear: Double?
  /// Share of referrals that are new episodes; the rest are re-referrals and relapses made by
  /// the care model.
  public var newEpisodeShare: Double
  /// Targets shown beside metrics (metric name to value), e.g. a recovery target line; they
  /// change nothing in the simulation.
  public var targets: [String: Double] = [:]
  /// The published figures the scenario is calibrated to, in file order (targets written as
  /// `{value, low, high, source}`).
  public var calibration: [CalibrationTarget] = []
  /// Unit costs and valuations; nil for a scenario without costs.
  public var costs: CostSpec?
  /// Health-state utilities for QALYs.
  public var utilities = UtilitySpec.defaults
  /// Share of new-episode and relapse referrals made by the person rather than a GP; nil keeps
  /// the area's share for new episodes and sends relapses through the GP.
  public var selfReferralShare: Double?
  /// The scenario's own growth, yearly cycle and step changes of the referral rate, each in
  /// place of the area file's when given (`referrals.growth_per_year`, `.seasonality`,
  /// `.step_changes`).
  public var referralTiming = ReferralTiming.area
  /// Self-referrals through an open door, added to the new-episode referrals of the GP route
  /// (`referrals.open_door`); nil for none.
  public var openDoor: OpenDoor?
  /// Remission without treatment (off unless the scenario or its defaults set it).
  public var naturalHistory = NaturalHistory.none
  /// Dated changes applied mid-run, in date order (none by default).
  public var changes: [DesignChange] = []
  /// How referral, attendance, dropout and recovery differ by IMD quintile and ethnic group
  /// (none unless the scenario's `equity` section sets them).
  public var equity = EquitySpec.none

  public init(
    name: String, area: String, startDate: String, horizonDays: Double, warmupDays: Double,
    replications: Int, seed: UInt64, services: [ServiceSpec], pathway: PathwaySpec,
    policies: PolicySpec, risk: RiskSpec, referralsPerYear: Double?, newEpisodeShare: Double
  ) {
    self.name = name
    self.area = area
    self.startDate = startDate
    self.horizonDays = horizonDays
    self.warmupDays = warmupDays
    self.replications = replications
    self.seed = seed
    self.services = services
    self.pathway = pathway
    self.policies = policies
    self.risk = risk
    self.referralsPerYear = referralsPerYear
    self.newEpisodeShare = newEpisodeShare
  }

  /// The index of the service with this id.
  public func serviceIndex(_ id: String?) -> Int? {
    guard let id else { return nil }
    return services.firstIndex { $0.id == id }
  }

  /// Whole projection years after warm-up (the last partial year is dropped from per-year rows).
  public var projectionYears: Int {
    max(1, Int(((horizonDays - warmupDays) / DayCount.perYear).rounded(.down)))
  }
}
