/// The events of a care replication. Tokens make stale events harmless: a patient's `token`
/// changes whenever their journey moves on, and an event whose token no longer matches is ignored.
enum CareEvent: Sendable {
  /// The i-th new-episode referral of the replication's inflow.
  case newReferral(index: Int32)
  /// A GP re-referral or a relapse referral.
  case reReferral(patient: Int32, token: UInt32)
  /// A place (assessment, episode, bed) is given back.
  case release(patient: Int32, token: UInt32)
  /// The next therapy or group session.
  case session(patient: Int32, token: UInt32)
  /// A link-worker episode ends.
  case coordinationEnd(patient: Int32, token: UInt32)
  /// A crisis if the patient is still waiting or untreated.
  case deteriorate(patient: Int32, token: UInt32)
  /// The episode remits without treatment if the patient is still waiting or untreated.
  case remit(patient: Int32, token: UInt32)
  /// A referral's booking lead time is over: the patient joins the entry service's list.
  case joinEntry(patient: Int32, token: UInt32)
  /// The i-th calendar month end of the projection years: incomplete pathways are counted.
  case monthEnd(index: Int32)
  /// A group may start at a group service.
  case groupStart(service: Int16)
  /// A service's scheduled capacity changes; `epoch` is the design in force when it was
  /// scheduled (a dated change to the design makes earlier schedules stale).
  case capacityChange(service: Int16, epoch: UInt16)
  /// The i-th dated change to the design (`changes:`) applies.
  case designChange(index: Int16)
  /// An admission or CMHT episode from outside the pathway.
  case backgroundAdmission
  case backgroundCMHT
  /// The next person stepped down from secondary care.
  case stepDown
  /// Statistics restart.
  case warmupEnd
}

/// Tie-breaks at equal times: capacity, releases before seizes, then flows, arrivals, warm-up.
enum CareEventPriority {
  static let capacity: UInt16 = 0
  static let release: UInt16 = 1
  static let session: UInt16 = 2
  static let other: UInt16 = 3
  static let arrival: UInt16 = 4
  static let warmup: UInt16 = 5
}
