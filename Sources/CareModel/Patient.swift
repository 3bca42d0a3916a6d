import Population
import Stochastics

/// Why a person came in.
enum ReferralKind: UInt8 {
  case new, reReferral, relapse
}

/// One person's journey through the care model (a referred person or an anonymous background
/// secondary-care patient).
struct Patient {
  /// Index into the synthetic population, or -1 for background secondary-care patients.
  var person: Int32
  var state: MentalHealthState
  /// IMD quintile index 0...4 (0 = most deprived).
  var quintile: Int
  var token: UInt32 = 0
  var coordinationToken: UInt32 = 0
  /// The current referral: when it was made, what kind, whether it was made after warm-up, and
  /// whether it has reached a first treatment session.
  var referralDay = 0.0
  var referralKind = ReferralKind.new
  var referralCounted = false
  var reachedTreatment = false
  /// The list the patient waits on, if any.
  var waiting: ServicePlace?
  /// The place the patient holds (not co-ordination), if any.
  var held: ServicePlace?
  /// True when the held place is an out-of-area bed rather than a local one.
  var outOfArea = false
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
  /// Where the journey stands.
  var phase = Phase.inactive
  /// Re-routings in the current referral (at most one).
  var reroutes = 0
  /// True for anonymous secondary-care patients from outside the pathway (background
  /// admissions and CMHT episodes): their time counts in occupancy and population risk only.
  var isBackground = false
  /// True for the place a patient holds on a community caseload alongside their own journey:
  /// it occupies a place and nothing else (no risk, no deterioration, no statistics).
  var isShadow = false

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

/// A place on one of a service's provider lists or caseloads.
struct ServicePlace {
  /// The service's index in the design.
  var service: Int
  /// The provider's list (0 when the service has one pooled list).
  var provider: Int
  /// When the patient joined the list or took the place (days).
  var since: Double
}

/// A link worker's part in a patient's journey, which runs alongside treatment.
enum Coordination: Equatable {
  /// No link worker.
  case none
  /// Waiting for a link worker's place since the given day.
  case waiting(since: Double)
  /// A link worker holds the case.
  case holding
}

/// A person's random streams, one per purpose, so the same person draws the same numbers for
/// the same purpose in every design (common random numbers).
struct PatientStreams {
  let route: RandomStream
  let course: RandomStream
  let dna: RandomStream
  let deterioration: RandomStream
  let relapse: RandomStream
  let suicide: RandomStream

  static let purposes = ["route", "course", "dna", "deterioration", "relapse", "suicide"]
  static let hashes = purposes.map { StreamSeed.fnv1a("person.\($0)") }

  init(master: UInt64, replication: Int, key: UInt64) {
    let streams = PatientStreams.hashes.map {
      RandomStream(
        seed: StreamSeed.derive(
          master: master, replication: replication,
          purposeHash: $0 ^ StreamSeed.splitMix64(key)),
        algorithm: .taus2)
    }
    route = streams[0]
    course = streams[1]
    dna = streams[2]
    deterioration = streams[3]
    relapse = streams[4]
    suicide = streams[5]
  }
}
