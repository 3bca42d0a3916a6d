/// A multi-server resource whose capacity follows a `CapacitySchedule`.
///
/// Capacity cuts are non-preemptive: servers already busy finish their customer, and no new
/// customer starts until `busy < capacity`. Busy servers and capacity are tracked as
/// time-weighted levels so utilisation = busy-area / capacity-area.
public struct ServerPool: Sendable {
  /// Servers on duty now.
  public var capacity: Int { _capacity }
  @usableFromInline var _capacity: Int
  /// Servers serving a customer now (may exceed `capacity` briefly after a cut).
  public var busy: Int { _busy }
  @usableFromInline var _busy: Int = 0
  /// Time-weighted number of busy servers.
  public var busyLevel: TimeWeightedLevel { _busyLevel }
  @usableFromInline var _busyLevel: TimeWeightedLevel
  /// Time-weighted number of servers on duty.
  public var capacityLevel: TimeWeightedLevel { _capacityLevel }
  @usableFromInline var _capacityLevel: TimeWeightedLevel

  /// A pool with `capacity` servers on duty from time `start`.
  @inlinable
  public init(capacity: Int, start: SimTime = 0) {
    self._capacity = capacity
    _busyLevel = TimeWeightedLevel(start: start, value: 0)
    _capacityLevel = TimeWeightedLevel(start: start, value: Double(_capacity))
  }

  /// True when a customer arriving now could start at once.
  @inlinable public var hasIdleServer: Bool { _busy < _capacity }

  /// Marks one more server busy at time `now`.
  @inlinable
  public mutating func seize(at now: SimTime) {
    SimulationInvariant.check(_busy < _capacity, "occupancy above _capacity")
    _busy &+= 1
    _busyLevel.update(to: Double(_busy), at: now)
  }

  /// Frees one server at time `now`.
  @inlinable
  public mutating func release(at now: SimTime) {
    SimulationInvariant.check(_busy > 0, "released an idle server")
    _busy &-= 1
    _busyLevel.update(to: Double(_busy), at: now)
  }

  /// Changes the number of servers on duty at time `now`.
  public mutating func setCapacity(_ newCapacity: Int, at now: SimTime) {
    _capacity = newCapacity
    _capacityLevel.update(to: Double(newCapacity), at: now)
  }

  /// Mean busy servers / mean servers on duty from the last reset to `now` (0 if no capacity).
  public func utilisation(at now: SimTime) -> Double {
    let offered = _capacityLevel.mean(at: now)
    return offered > 0 ? _busyLevel.mean(at: now) / offered : 0
  }

  /// Forgets statistics before `now` (end of warm-up); the state is kept.
  public mutating func resetStatistics(at now: SimTime) {
    _busyLevel.reset(at: now)
    _capacityLevel.reset(at: now)
  }
}
