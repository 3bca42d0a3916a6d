/// The future event list: a binary min-heap over raw storage ordered by (time, key).
///
/// `key` packs (priority, insertion sequence) into one `UInt64`, so ties on time are broken by
/// priority and then by order of scheduling with a single comparison, and runs are deterministic.
/// The heap owns its buffer and is non-copyable: no copy-on-write or uniqueness checks on the hot
/// path, and entries are moved (not copied) while sifting.
public struct EventQueue<Event>: ~Copyable {
  @usableFromInline struct Entry {
    @usableFromInline var time: SimTime
    @usableFromInline var key: UInt64
    @usableFromInline var event: Event

    @inlinable init(time: SimTime, key: UInt64, event: Event) {
      self.time = time
      self.key = key
      self.event = event
    }

    @inlinable func precedes(_ other: Entry) -> Bool {
      time < other.time || (time == other.time && key < other.key)
    }
  }

  @usableFromInline var storage: UnsafeMutablePointer<Entry>
  @usableFromInline var capacity: Int
  /// The number of pending events.
  @usableFromInline var _count: Int
  /// The number of pending events.
  public var count: Int { _count }

  /// An empty queue with room for `initialCapacity` events before it grows.
  @inlinable
  public init(initialCapacity: Int = 1024) {
    capacity = Swift.max(16, initialCapacity)
    storage = .allocate(capacity: capacity)
    _count = 0
  }

  deinit {
    storage.deinitialize(count: _count)
    storage.deallocate()
  }

  /// True when no event is pending.
  @inlinable public var isEmpty: Bool { _count == 0 }

  /// The time of the next event, if any.
  @inlinable public var nextTime: SimTime? { _count == 0 ? nil : storage[0].time }

  /// Adds an event. Amortised O(log n).
  @inlinable
  public mutating func push(_ event: Event, at time: SimTime, key: UInt64) {
    if _count == capacity { grow() }
    var child = _count
    let entry = Entry(time: time, key: key, event: event)
    // Sift up with a hole: move parents down until the entry's place is found.
    while child > 0 {
      let parent = (child - 1) >> 1
      guard entry.precedes(storage[parent]) else { break }
      (storage + child).moveInitialize(from: storage + parent, count: 1)
      child = parent
    }
    (storage + child).initialize(to: entry)
    _count += 1
  }

  /// Removes and returns the earliest event with its time. O(log n).
  @inlinable
  public mutating func pop() -> (time: SimTime, event: Event)? {
    guard _count > 0 else { return nil }
    let first = storage.move()
    _count -= 1
    if _count > 0 {
      let last = (storage + _count).move()
      siftDownHole(placing: last)
    }
    return (first.time, first.event)
  }

  @inlinable
  mutating func siftDownHole(placing entry: Entry) {
    var hole = 0
    let n = _count
    while true {
      let left = 2 &* hole &+ 1
      guard left < n else { break }
      let right = left &+ 1
      let child = (right < n && storage[right].precedes(storage[left])) ? right : left
      guard storage[child].precedes(entry) else { break }
      (storage + hole).moveInitialize(from: storage + child, count: 1)
      hole = child
    }
    (storage + hole).initialize(to: entry)
  }

  @usableFromInline
  mutating func grow() {
    let newCapacity = capacity * 2
    let newStorage = UnsafeMutablePointer<Entry>.allocate(capacity: newCapacity)
    newStorage.moveInitialize(from: storage, count: _count)
    storage.deallocate()
    storage = newStorage
    capacity = newCapacity
  }
}
