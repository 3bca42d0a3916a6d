import SimCore
import Stochastics

/// One service of a care scenario, validated and converted to days.
public struct ServiceSpec: Sendable {
  /// The service id (the key under `services:`), e.g. `step3`.
  public var id: String
  /// What kind of service it is.
  public var kind: ServiceKind
  /// Servers, places or beds over time (days from the start of the run). For triage, the number
  /// of assessors; for groups, unused (see `group`).
  public var capacity: CapacitySchedule
  /// True for a caseload with no limit (`places: open`).
  public var isOpen: Bool
  /// Separate waiting lists, one per provider, each with an equal share of the places; 1 means
  /// one pooled list.
  public var providers: Int
  /// Time a place is held (days): an assessment (triage), an episode (coordination, caseload) or
  /// a stay (beds). Therapy and groups hold places for their sessions instead.
  public var duration: Distribution?
  /// Sessions in a course (therapy, group); draws are rounded and at least 1.
  public var sessions: Distribution?
  /// Days between sessions.
  public var sessionInterval: Double
  /// The access standard in days, if the service has one.
  public var standard: Double?
  /// What the standard's wait is counted from: joining the list (default) or the referral.
  public var standardFrom = StandardOrigin.list
  /// Waiting-list order: first come first served, or by risk (red before amber before green).
  public var discipline: QueueDiscipline
  /// Group timetable (kind `group`).
  public var group: GroupTimetable?
  /// Staff whole-time equivalents paid at the start (for reporting and costs): WTE in post
  /// for a service with a workforce (contracted WTE less vacancies), else the scenario's `wte`.
  public var staff: Double
  /// The workforce of a service whose capacity comes from its staff (triage, therapy,
  /// coordination): contracted WTE, vacancies, clinical time, seasonal profile, recruitment.
  /// nil for groups, caseloads and beds.
  public var workforce: WorkforceSpec?
  /// People already waiting at the start, with the age of their wait.
  public var backlog: Backlog?
  /// People already holding a place at the start (part-way through a course, an episode or a
  /// stay), with their remaining time drawn as for someone found mid-stay.
  public var occupants: StartingOccupants?
  /// Booking lead time (days), nil for none. Therapy: from taking a diary slot to the first
  /// session, the slot held and unused meanwhile (a freed slot cannot be filled at once).
  /// Triage: from referral to joining the assessment list (contact, opt-in and booking).
  public var bookingLead: Distribution?

  public init(
    id: String, kind: ServiceKind, capacity: CapacitySchedule, isOpen: Bool = false,
    providers: Int = 1, duration: Distribution? = nil, sessions: Distribution? = nil,
    sessionInterval: Double = 7, standard: Double? = nil, discipline: QueueDiscipline = .fifo,
    group: GroupTimetable? = nil, staff: Double = 0, backlog: Backlog? = nil
  ) {
    self.id = id
    self.kind = kind
    self.capacity = capacity
    self.isOpen = isOpen
    self.providers = providers
    self.duration = duration
    self.sessions = sessions
    self.sessionInterval = sessionInterval
    self.standard = standard
    self.discipline = discipline
    self.group = group
    self.staff = staff
    self.backlog = backlog
  }
}

/// When groups start and how big they may be.
public struct GroupTimetable: Sendable {
  /// Days between group starts (> 0).
  public var everyDays: Double
  /// A group runs only with at least this many people (>= 1).
  public var minimumSize: Int
  /// Places per group (>= minimumSize).
  public var maximumSize: Int

  public init(everyDays: Double, minimumSize: Int, maximumSize: Int) {
    self.everyDays = everyDays
    self.minimumSize = minimumSize
    self.maximumSize = maximumSize
  }
}
