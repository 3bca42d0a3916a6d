import Population

/// How referrals move between services: routing by need, step-up, recovery and dropout.
public struct PathwaySpec: Sendable {
  /// One weighted destination.
  public struct Branch: Sendable, Hashable {
    /// The service id.
    public var service: String
    /// Probability (0...1).
    public var probability: Double
    public init(service: String, probability: Double) {
      self.service = service
      self.probability = probability
    }

    /// The route id of advice and discharge after assessment (no further treatment), used when
    /// no service has this id.
    public static let discharge = "discharge"
  }

  /// After a course at `from` ends without recovery, `probability` of going on to `to`.
  public struct StepUp: Sendable, Hashable {
    public var from: String
    public var to: String
    public var probability: Double
    public init(from: String, to: String, probability: Double) {
      self.from = from
      self.to = to
      self.probability = probability
    }
  }

  /// The triage service every referral enters through.
  public var entry: String
  /// Share of referrals turned away at triage, by need (a higher threshold); 0 = never.
  public var turnedAway: [MentalHealthState: Double]
  /// Probability of missing the assessment appointment.
  public var assessmentDNA: Double
  /// First treatment service by need, with probabilities summing to 1.
  public var routes: [MentalHealthState: [Branch]]
  /// The co-ordination service (link workers), if any, and the share of each need that gets it
  /// alongside their treatment.
  public var coordinationService: String?
  public var coordinationShare: [MentalHealthState: Double]
  /// The community service (debt advice, substance use, peer support), if any, and the share of
  /// referrals with social needs who also get it.
  public var communityService: String?
  public var communityShare: Double
  /// Step-ups after a course without recovery.
  public var stepUps: [StepUp]
  /// Probability of recovery at the end of a finished course, by service id (NHS definition:
  /// two or more treatment sessions).
  public var recovery: [String: Double]
  /// Recovery multipliers by IMD quintile (index 0 = quintile 1, most deprived).
  public var recoveryByQuintile: [Double]
  /// Probability of dropping out after each attended session.
  public var dropoutPerSession: Double
  /// Secondary-care services: community mental health team, crisis team and beds.
  public var cmhtService: String?
  public var crisisService: String?
  public var bedService: String?
  /// True when an attended assessment of a person then routed to treatment counts as their first
  /// treatment session (an "assessment and treatment" appointment, as most Talking Therapies
  /// services record it); the course's first session is then their second treatment session.
  public var assessmentIsTreatment = false
  /// The route for long-term conditions and medically unexplained symptoms, if any.
  public var longTermConditions: LongTermConditionRoute?

  public init(
    entry: String, turnedAway: [MentalHealthState: Double], assessmentDNA: Double,
    routes: [MentalHealthState: [Branch]], coordinationService: String?,
    coordinationShare: [MentalHealthState: Double], communityService: String?,
    communityShare: Double, stepUps: [StepUp], recovery: [String: Double],
    recoveryByQuintile: [Double], dropoutPerSession: Double, cmhtService: String?,
    crisisService: String?, bedService: String?
  ) {
    self.entry = entry
    self.turnedAway = turnedAway
    self.assessmentDNA = assessmentDNA
    self.routes = routes
    self.coordinationService = coordinationService
    self.coordinationShare = coordinationShare
    self.communityService = communityService
    self.communityShare = communityShare
    self.stepUps = stepUps
    self.recovery = recovery
    self.recoveryByQuintile = recoveryByQuintile
    self.dropoutPerSession = dropoutPerSession
    self.cmhtService = cmhtService
    self.crisisService = crisisService
    self.bedService = bedService
  }
}
