/// The time-average of a level that changes in steps (queue length, busy servers, occupancy).
///
/// Keeps the area under the step function since the last reset. Memory is constant.
public struct TimeWeightedLevel: Sendable {
  /// The current level.
  @usableFromInline var _value: Double
  public var value: Double { _value }
  @usableFromInline var lastChange: SimTime
  @usableFromInline var area: Double = 0
  @usableFromInline var start: SimTime
  /// The largest level seen since the last reset.
  @usableFromInline var _maximum: Double
  public var maximum: Double { _maximum }

  /// A level of `value` from time `start`.
  public init(start: SimTime = 0, value: Double = 0) {
    self._value = value
    lastChange = start
    self.start = start
    _maximum = _value
  }

  /// Sets the level to `newValue` at time `now` (>= the last change).
  @inlinable @inline(__always)
  public mutating func update(to newValue: Double, at now: SimTime) {
    area += _value * (now - lastChange)
    lastChange = now
    _value = newValue
    if newValue > _maximum { _maximum = newValue }
  }

  /// Adds `delta` to the level at time `now`.
  @inlinable
  public mutating func add(_ delta: Double, at now: SimTime) { update(to: _value + delta, at: now) }

  /// The area under the level from the last reset to `now`, in level x time units.
  public func integral(at now: SimTime) -> Double { area + _value * (now - lastChange) }

  /// The time-average from the last reset to `now`; the current level if no time has passed.
  public func mean(at now: SimTime) -> Double {
    let span = now - start
    return span > 0 ? integral(at: now) / span : _value
  }

  /// Forgets the history before `now`, keeping the current level.
  public mutating func reset(at now: SimTime) {
    area = 0
    lastChange = now
    start = now
    _maximum = _value
  }
}
