import Population
import Stochastics

/// What happens after too many missed sessions.
/// How missed sessions count towards the missed-session limit.
public enum MissedSessionCount: String, Sendable, CaseIterable {
  /// Every missed session of the course counts.
  case total
  /// Only missed sessions in a row count: an attended session starts the count again.
  case inARow = "in_a_row"
}

/// Which patients a policy reaches.
public enum PolicyScope: String, Sendable, CaseIterable {
  /// Every patient.
  case all
  /// Only patients a link worker holds.
  case coordinated
}

public enum MissedSessionsAction: String, Sendable, CaseIterable {
  /// The course ends (standard practice).
  case discharge
  /// A link worker re-engages the patient and the course goes on (needs co-ordination).
  case reengage
}

/// What happens after a course that did not lead to recovery and no step-up.
public enum NotRecoveredAction: String, Sendable, CaseIterable {
  /// Back to the GP: a re-referral after a delay, a new wait, and some never return.
  case backToGP = "back_to_gp"
  /// The co-ordinator refers on to another service without a new referral.
  case reroute
}

/// How link-worker (co-ordination) episodes end.
public enum DischargePolicy: String, Sendable, CaseIterable {
  /// After a fixed time limit.
  case timeLimited = "time_limited"
  /// Only when link worker and clinical co-ordinator agree: open-ended, from a duration
  /// distribution, and never before the patient's treatment has ended.
  case agreed
}

/// Service policies: missed appointments, discharge, re-routing, step-down, deterioration.
public struct PolicySpec: Sendable {
  /// Probability of missing a booked treatment session without reminder call-backs.
  public var dnaRate: Double
  /// Reminder call-backs on; they bring the rate to `callbackDNARate`.
  public var callbacks: Bool
  public var callbackDNARate: Double
  /// DNA multipliers by IMD quintile (index 0 = most deprived).
  public var dnaByQuintile: [Double]
  /// Missed sessions that trigger `onMissedLimit`.
  public var missedLimit: Int
  public var onMissedLimit: MissedSessionsAction
  /// After a course without recovery.
  public var notRecovered: NotRecoveredAction
  /// Days from leaving the service to a GP re-referral.
  public var gpReturnDelay: Distribution
  /// Share of people sent back to the GP who never return.
  public var gpNeverReturn: Double
  /// Re-routing destination (service id) after a failed course, by the service that failed.
  public var rerouteTo: [String: String]
  /// How co-ordination episodes end, and the time limit (days) when time-limited.
  public var discharge: DischargePolicy
  public var coordinationTimeLimit: Double
  /// Step-down from secondary to primary care: `people` moved over `overDays` days into
  /// `to`, starting at the start of the run; nil for none.
  public var stepDown: StepDown?
  /// Deterioration while waiting or untreated.
  public var deterioration: Deterioration
  /// Booked treatment sessions cancelled in advance by the patient or by the service (each a
  /// probability per booked session, 0 to 1 together): the session moves to the next interval
  /// and counts neither as attended nor as missed.
  public var cancellations = SessionCancellations.none
  /// Whether the missed-session limit counts every missed session or only those in a row.
  public var missedCount = MissedSessionCount.total
  /// Who gets reminder call-backs when they are on: everyone, or only people a link worker holds.
  public var callbackScope = PolicyScope.all
  /// Staff minutes per call-back (one call before each booked treatment session).
  public var callbackMinutes = 10.0
  /// Who is re-routed after a failed course when `notRecovered` is `reroute`: everyone, or only
  /// people a link worker holds (the others go back to the GP).
  public var rerouteScope = PolicyScope.all

  public init(
    dnaRate: Double, callbacks: Bool, callbackDNARate: Double, dnaByQuintile: [Double],
    missedLimit: Int, onMissedLimit: MissedSessionsAction, notRecovered: NotRecoveredAction,
    gpReturnDelay: Distribution, gpNeverReturn: Double, rerouteTo: [String: String],
    discharge: DischargePolicy, coordinationTimeLimit: Double, stepDown: StepDown?,
    deterioration: Deterioration
  ) {
    self.dnaRate = dnaRate
    self.callbacks = callbacks
    self.callbackDNARate = callbackDNARate
    self.dnaByQuintile = dnaByQuintile
    self.missedLimit = missedLimit
    self.onMissedLimit = onMissedLimit
    self.notRecovered = notRecovered
    self.gpReturnDelay = gpReturnDelay
    self.gpNeverReturn = gpNeverReturn
    self.rerouteTo = rerouteTo
    self.discharge = discharge
    self.coordinationTimeLimit = coordinationTimeLimit
    self.stepDown = stepDown
    self.deterioration = deterioration
  }
}

/// People discharged from the CMHT caseload to primary care over a period: each is the person
/// longest on the caseload at the time, whose place is freed for the next person waiting.
public struct StepDown: Sendable {
  /// How many people in all.
  public var people: Int
  /// Over how many days from the start.
  public var overDays: Double
  /// The primary-care service that receives them (e.g. `linkworker`).
  public var to: String

  public init(people: Int, overDays: Double, to: String) {
    self.people = people
    self.overDays = overDays
    self.to = to
  }
}

/// A crisis hazard that rises with time untreated (Weibull with shape > 1).
public struct Deterioration: Sendable {
  /// Weibull shape (> 1 means the hazard rises with time untreated).
  public var shape: Double
  /// Weibull scale in days, by need: the time by which 63% of untreated people would be in crisis.
  public var scaleDays: [MentalHealthState: Double]
  /// Hazard multiplier while a link worker holds the case (< 1 protects).
  public var coordinatedMultiplier: Double
  /// After a crisis: probability of admission, else of CMHT; the rest return to the pathway.
  public var admissionShare: Double
  public var cmhtShare: Double

  public init(
    shape: Double, scaleDays: [MentalHealthState: Double], coordinatedMultiplier: Double,
    admissionShare: Double, cmhtShare: Double
  ) {
    self.shape = shape
    self.scaleDays = scaleDays
    self.coordinatedMultiplier = coordinatedMultiplier
    self.admissionShare = admissionShare
    self.cmhtShare = cmhtShare
  }
}
