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
  /// Waiting: service index and provider, since when; -1 when not waiting.
  var waitingService = -1
  var waitingProvider = 0
  var waitStart = 0.0
  /// The service whose place the patient holds (not co-ordination), -1 for none.
  var heldService = -1
  var heldProvider = 0
  /// When the held place was taken (days).
  var heldSince = 0.0
  /// True when the patient holds an out-of-area bed rather than a local one.
  var outOfArea = false
  /// True while a link worker holds the case.
  var coordinated = false
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
  /// Waiting for a link worker, since when.
  var waitingForCoordination = false
  var coordinationWaitStart = 0.0
  /// True for anonymous secondary-care patients from outside the pathway (background
  /// admissions and CMHT episodes): their time counts in occupancy and population risk only.
  var isBackground = false
  /// True for the place a patient holds on a community caseload alongside their own journey:
  /// it occupies a place and nothing else (no risk, no deterioration, no statistics).
  var isShadow = false

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
