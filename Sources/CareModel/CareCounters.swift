import SimCore

/// Pathway-wide counts and tallies of a replication, after warm-up unless stated.
struct CareCounters {
  var referrals = 0
  var newReferrals = 0
  /// Referrals in the window that allows 18 weeks before the horizon, and those of them that
  /// reached a first treatment session.
  var referralsInWindow = 0
  var referralsTreatedInWindow = 0
  var firstTreatmentWaits = Tally(percentiles: true)
  var within6Weeks = 0
  var within18Weeks = 0
  var booked = 0
  var missed = 0
  var finishedCourses = 0
  var recoveries = 0
  var crises = 0
  var turnedAway = 0
  /// Reminder call-backs made before booked sessions.
  var callbacks = 0
  /// Integrated suicide hazard (expected deaths) of referred people, of everyone in contact,
  /// and the out-of-contact hazard their contact days displace; sampled deaths among referred people.
  var expectedReferred = 0.0
  var expectedInContact = 0.0
  /// The excess over the general rate of background patients in contact (expected deaths).
  var backgroundExcess = 0.0
  /// Expected suicides of people under secondary care or within a year of leaving it.
  var expectedSecondaryContact = 0.0
  var sampled = 0
  /// Self-referrals among `referrals`.
  var selfReferrals = 0
  /// People who left a waiting list untreated (remission while waiting).
  var removedOtherThanTreatment = 0
  /// Referrals that ended, by treatment sessions attended: two or more, exactly one, none.
  var endedFinished = 0
  var endedTreatedOnce = 0
  var endedNotSeen = 0
  /// Second treatment sessions, and those more than 90 days after the first.
  var secondSessions = 0
  var secondSessionsOver90Days = 0
  /// Treatment courses that ended after warm-up: every planned session attended, dropped out
  /// after a session, or ended by the missed-session rule.
  var coursesCompleted = 0
  var coursesEndedByDropout = 0
  var coursesEndedByMissedSessions = 0
  /// Booked sessions cancelled by either side.
  var cancelledSessions = 0
  /// Month ends counted, and over them the sum of people waiting for assessment or first
  /// treatment and of those waiting more than 126 days so far.
  var monthEnds = 0
  var monthEndWaiting = 0
  var monthEndWaitingOver18Weeks = 0

  mutating func reset() { self = CareCounters() }
}
