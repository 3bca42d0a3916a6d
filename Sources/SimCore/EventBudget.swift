import Synchronization

/// A limit on the events one run (all its replications) may handle, so that a scenario that
/// would take practically for ever stops with a message instead.
///
/// Each replication asks for its allowance before it starts (at most `eventsPerReplication`,
/// and no more than the run has left) and hands back what it used when it ends: two atomic
/// operations per replication and nothing per event, where `Simulation.run` compares its event
/// counter with the allowance.
public final class EventBudget: Sendable {
  /// Events a run may handle by default: 500 million (a five-year Sandwell run of 20
  /// replications handles about 10 million).
  public static let defaultEventsPerRun = 500_000_000
  /// Events one replication may handle by default: 100 million.
  public static let defaultEventsPerReplication = 100_000_000

  /// Events the whole run may handle.
  public let eventsPerRun: Int
  /// Events one replication may handle.
  public let eventsPerReplication: Int
  let remaining: Atomic<Int>

  /// A budget of `eventsPerRun` events, at most `eventsPerReplication` in one replication.
  public init(
    eventsPerRun: Int = EventBudget.defaultEventsPerRun,
    eventsPerReplication: Int = EventBudget.defaultEventsPerReplication
  ) {
    self.eventsPerRun = max(0, eventsPerRun)
    self.eventsPerReplication = max(0, eventsPerReplication)
    remaining = Atomic(self.eventsPerRun)
  }

  /// The events the next replication may handle (0 once the run's budget is spent).
  public func allowance() -> Int {
    max(0, min(eventsPerReplication, remaining.load(ordering: .relaxed)))
  }

  /// Records `events` handled by a replication that has ended.
  public func spend(_ events: Int) {
    remaining.wrappingSubtract(events, ordering: .relaxed)
  }
}
