/// A model that reacts to its own typed events.
///
/// The engine is generic over the model, so event dispatch is a direct, specialised call: no
/// closure per event and no existential. Models are structs handed to the engine `inout`.
public protocol EventHandler {
  /// The model's event type: a small enum or struct.
  associatedtype Event
  /// Handles one event at `simulation.now`, scheduling any follow-up events.
  mutating func handle(_ event: Event, in simulation: inout Simulation<Event>)
}

/// The discrete-event engine: a clock and a future event list.
///
/// Events run in order of (time, priority, insertion sequence); lower priority values run first
/// at equal times. The clock never goes backwards.
public struct Simulation<Event>: ~Copyable {
  /// The current simulated time.
  @usableFromInline var _now: SimTime = 0
  public var now: SimTime { _now }
  @usableFromInline var queue: EventQueue<Event>
  @usableFromInline var sequence: UInt64 = 0
  /// Events handled so far (every kind).
  @usableFromInline var _eventsHandled: Int = 0
  public var eventsHandled: Int { _eventsHandled }

  /// Bits of the ordering key used by the insertion sequence; the top 16 hold the priority.
  @usableFromInline static var sequenceBits: UInt64 { 48 }

  /// A simulation at time 0 with no pending events.
  @inlinable
  public init(expectedPendingEvents: Int = 1024) {
    queue = EventQueue(initialCapacity: expectedPendingEvents)
  }

  /// The number of pending events.
  @inlinable public var pendingCount: Int { queue.count }

  /// Schedules `event` at absolute time `time` (>= now) with `priority` (lower runs first).
  @inlinable
  public mutating func schedule(_ event: Event, at time: SimTime, priority: UInt16 = 0) {
    SimulationInvariant.check(time >= _now, "an event was scheduled in the past")
    let key = (UInt64(priority) << Simulation.sequenceBits) | sequence
    sequence &+= 1
    queue.push(event, at: time, key: key)
  }

  /// Schedules `event` after `delay` (>= 0) time units.
  @inlinable
  public mutating func schedule(_ event: Event, after delay: SimTime, priority: UInt16 = 0) {
    schedule(event, at: _now + delay, priority: priority)
  }

  /// Runs events until none is left or the next is later than `horizon`; the clock then stands
  /// at `horizon`.
  ///
  /// - Parameter eventLimit: stop once this many events (counted since the simulation began)
  ///   have been handled; the clock then stays at the last event.
  /// - Returns: false when the run stopped at `eventLimit` before reaching `horizon`.
  @inlinable
  @discardableResult
  public mutating func run<Model: EventHandler>(
    _ model: inout Model, until horizon: SimTime, eventLimit: Int = .max
  ) -> Bool where Model.Event == Event {
    while let next = queue.nextTime, next <= horizon {
      guard _eventsHandled < eventLimit else { return false }
      guard let (time, event) = queue.pop() else { break }
      SimulationInvariant.check(time >= _now, "the clock went backwards")
      _now = time
      _eventsHandled &+= 1
      model.handle(event, in: &self)
    }
    if horizon > _now { _now = horizon }
    return true
  }
}
