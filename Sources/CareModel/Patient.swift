import Population

/// Why a person came in.
enum ReferralKind: UInt8 {
  case new, reReferral, relapse
}

/// One person's journey through the care model (a referred person or an anonymous background
/// secondary-care patient).
struct Patient {
  /// Index into the synthetic population; nil for records that stand for no one in it
  /// (background secondary-care patients, shadows, people stepped down and people already
  /// waiting or in a place when the run starts).
  var person: Int32?
  var state: MentalHealthState
  /// IMD quintile index 0...4 (0 = most deprived).
  var quintile: Int
  /// Equity group 0...24 (quintile and ethnic group) of a person, or 25 for records that stand
  /// for no one (`EquityTables`).
  var group = EquityTables.unknownGroup
  var token: UInt32 = 0
  var coordinationToken: UInt32 = 0
  /// The current referral: when it was made, what kind, whether it was made after warm-up, and
  /// whether it has reached a first treatment session.
  var referralDay = 0.0
  var referralKind = ReferralKind.new
  var referralCounted = false
  var reachedTreatment = false
  /// True from a referral until it ends (discharge, leaving untreated, remission off the list
  /// or a crisis that moves the person to secondary care).
  var referralOpen = false
  /// Treatment sessions attended in the current referral, and the day of the first.
  var treatmentSessions = 0
  var firstSessionDay = 0.0
  /// The list the patient waits on or the place they hold (not co-ordination), if either.
  var place = Place.none
  /// Where a link worker stands with the case.
  var coordination = Coordination.none
  /// Course progress.
  var sessionsLeft = 0
  var sessionsAttended = 0
  var missed = 0
  /// The end of the recovered time counted as purposeful (relapse or horizon), if recovered.
  var purposefulUntil = 0.0
  /// Suicide-risk spell.
  var risk = RiskState.general
  var riskSince = 0.0
  /// The day until which the person counts as in contact with secondary care (a year after
  /// leaving the CMHT, the crisis team or the month after a bed); -infinity before any.
  var secondaryContactUntil = -Double.infinity
  /// The person's baseline suicide hazard (per person-day) under a hazard by the person.
  var suicideBase = 0.0
  /// Where the journey stands.
  var phase = Phase.inactive
  /// The crisis clock of the current untreated or waiting spell: when it started (day), the
  /// cumulative hazard still to run at `crisisCheckpoint` (dimensionless, drawn Exp(1) at the
  /// start), the hazard multiplier in force since then, the day the crisis falls due
  /// (infinity when not before the horizon) and the patient's token when it was drawn.
  var crisisClock = CrisisClock()
  /// Re-routings in the current referral (at most one).
  var reroutes = 0
  /// Who the record stands for.
  var kind = Kind.referred

  /// True for records outside the pathway (background and shadow): their time counts in
  /// occupancy and population risk only.
  var isBackground: Bool { kind != .referred }
  /// True for a place held on a community caseload alongside a patient's own journey.
  var isShadow: Bool { kind == .shadow }

  /// Who a patient record stands for.
  enum Kind {
    /// A person of the synthetic population referred into the pathway.
    case referred
    /// An anonymous secondary-care patient from outside the pathway (background admissions and
    /// CMHT episodes).
    case background
    /// The place a patient holds on a community caseload alongside their own journey: it
    /// occupies a place and nothing else (no risk, no deterioration, no statistics).
    case shadow
  }

  /// The list the patient waits on, if any.
  var waiting: ServicePlace? {
    if case .waiting(let list) = place { list } else { nil }
  }

  /// The place the patient holds (not co-ordination), if any; a bed says whether it is out of
  /// area.
  var held: ServicePlace? {
    if case .held(let taken) = place { taken } else { nil }
  }

  /// Where a patient stands with the services' lists and places: never on a list and holding
  /// a place at once.
  enum Place {
    /// On no list and holding no place (in a booking lead, untreated, recovered, in the month
    /// after a bed, or between two services).
    case none
    /// On a service's waiting list.
    case waiting(ServicePlace)
    /// Holding a place: a course of sessions, a caseload episode or a bed.
    case held(ServicePlace)
  }

  /// True while a link worker holds the case.
  var isCoordinated: Bool { coordination == .holding }

  /// Where a patient's journey stands.
  enum Phase {
    /// Waiting for a primary-care service (at risk of deterioration).
    case waiting
    /// Holding a place in a service.
    case inService
    /// Turned away, dropped out or discharged unrecovered (at risk of deterioration).
    case untreated
    /// Recovered (at risk of relapse).
    case recovered
    /// Under secondary care.
    case secondary
    /// The month after leaving a bed.
    case postDischarge
    /// Not in any service and not at risk from the pathway.
    case inactive
  }
}
