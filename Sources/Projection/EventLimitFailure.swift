import SimCore

/// A run that stopped because a replication reached its event limit (`EventBudget`): the
/// scenario would take too long to simulate. The command line prints `description` and exits
/// with code 1, writing nothing.
public struct EventLimitFailure: Error, Sendable, CustomStringConvertible {
  /// The first replication (0-based) that stopped early.
  public let replication: Int
  /// Events handled by all replications together.
  public let events: Int
  /// The limits the run had.
  public let eventsPerReplication: Int
  public let eventsPerRun: Int

  /// The failure of a run whose replication `first` stopped early, or nil when none did.
  init?(first: Int?, of events: [Int], options: RunOptions) {
    guard let first else { return nil }
    replication = first
    self.events = events.reduce(0, +)
    eventsPerReplication = options.eventsPerReplication
    eventsPerRun = options.eventsPerRun
  }

  public var description: String {
    "the run stopped after \(events) events: replication \(replication + 1) reached the event budget"
      + " (at most \(eventsPerReplication) events a replication and \(eventsPerRun) a run), so the scenario"
      + " would take too long to simulate; shorten the horizon, lower the arrival rates or lengthen"
      + " service and inter-arrival times"
  }
}
