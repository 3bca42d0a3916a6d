/// A growable array of records over raw storage, for a model's per-entity state on the hot path.
///
/// Reading and writing an element is a pointer access: no copy-on-write check, no retain and no
/// bounds check in release builds (debug builds check the index). The buffer is a plain value
/// that does not own its memory: copies share the storage, and the owner calls `deallocate()`
/// exactly once when the model is done. Use it only inside one replication's model.
public struct RecordBuffer<Element> {
  @usableFromInline var base: UnsafeMutablePointer<Element>
  @usableFromInline var capacity: Int
  /// The number of elements.
  @usableFromInline var _count: Int
  /// The number of elements.
  @inlinable public var count: Int { _count }

  /// An empty buffer with room for `initialCapacity` elements before it grows.
  @inlinable
  public init(initialCapacity: Int = 64) {
    capacity = Swift.max(1, initialCapacity)
    base = .allocate(capacity: capacity)
    _count = 0
  }

  /// A buffer holding `elements`.
  @inlinable
  public init<S: Collection>(_ elements: S) where S.Element == Element {
    self.init(initialCapacity: elements.count)
    for element in elements { append(element) }
  }

  /// True when the buffer holds nothing.
  @inlinable public var isEmpty: Bool { _count == 0 }

  /// The element at `index` (0 ..< count).
  @inlinable
  public subscript(index: Int) -> Element {
    unsafeAddress {
      SimulationInvariant.check(index >= 0 && index < _count, "record index out of range")
      return UnsafePointer(base + index)
    }
    nonmutating unsafeMutableAddress {
      SimulationInvariant.check(index >= 0 && index < _count, "record index out of range")
      return base + index
    }
  }

  /// Adds an element at the end. Amortised O(1).
  @inlinable
  public mutating func append(_ element: Element) {
    if _count == capacity { grow() }
    (base + _count).initialize(to: element)
    _count &+= 1
  }

  /// Removes and returns the last element, or nil when empty.
  @inlinable
  public mutating func popLast() -> Element? {
    guard _count > 0 else { return nil }
    _count &-= 1
    return (base + _count).move()
  }

  /// The elements in order, as an array.
  public var elements: [Element] { Array(UnsafeBufferPointer(start: base, count: _count)) }

  /// Frees the storage; the buffer (and every copy of it) must not be used afterwards.
  public func deallocate() {
    base.deinitialize(count: _count)
    base.deallocate()
  }

  @usableFromInline
  mutating func grow() {
    let newCapacity = capacity * 2
    let newBase = UnsafeMutablePointer<Element>.allocate(capacity: newCapacity)
    newBase.moveInitialize(from: base, count: _count)
    base.deallocate()
    base = newBase
    capacity = newCapacity
  }
}
