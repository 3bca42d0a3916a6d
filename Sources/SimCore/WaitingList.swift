/// A waiting list with a discipline, an optional capacity and cancellation (reneging).
///
/// Cancellation is lazy: the caller marks the entity as gone in its own records and calls
/// `cancelOne()`, and the entry is skipped when it reaches the front (`popFirst(isLive:)`).
/// `count` is always the number of live entries.
public struct WaitingList<Element> {
  @usableFromInline struct Entry {
    @usableFromInline var element: Element
    @usableFromInline var order: UInt64
    @usableFromInline init(element: Element, order: UInt64) {
      self.element = element
      self.order = order
    }
  }

  /// The service order.
  public let discipline: QueueDiscipline
  /// The most people allowed to wait; nil for unlimited.
  public let capacity: Int?
  @usableFromInline var fifo: RingBuffer<Element>
  @usableFromInline var heap: [Entry] = []
  @usableFromInline var sequence: UInt64 = 0
  /// The number of live entries.
  @usableFromInline var _count: Int = 0
  public var count: Int { _count }

  /// An empty list.
  public init(discipline: QueueDiscipline = .fifo, capacity: Int? = nil) {
    self.discipline = discipline
    self.capacity = capacity
    fifo = RingBuffer()
  }

  /// True when nobody is waiting.
  @inlinable public var isEmpty: Bool { _count == 0 }

  /// True when a newcomer would be turned away.
  @inlinable public var isFull: Bool {
    guard let capacity else { return false }
    return _count >= capacity
  }

  /// Adds `element` unless the list is full; returns false when it was turned away.
  ///
  /// - Parameter priority: 0...65535, lower served first (ignored for FIFO).
  @inlinable
  @discardableResult
  public mutating func append(_ element: Element, priority: Int = 0) -> Bool {
    if isFull { return false }
    _count &+= 1
    switch discipline {
    case .fifo:
      fifo.append(element)
    case .priority:
      let order = (UInt64(UInt16(clamping: priority)) << 48) | sequence
      sequence &+= 1
      heapPush(Entry(element: element, order: order))
    }
    return true
  }

  /// Records that one live entry has left (reneged); it will be skipped later.
  @inlinable
  public mutating func cancelOne() {
    SimulationInvariant.check(_count > 0, "cancelled from an empty waiting list")
    _count &-= 1
  }

  /// Removes and returns the first live entry, discarding cancelled ones met on the way.
  @inlinable
  public mutating func popFirst(isLive: (Element) -> Bool) -> Element? {
    while true {
      let next: Element?
      switch discipline {
      case .fifo: next = fifo.popFirst()
      case .priority: next = heapPop()?.element
      }
      guard let element = next else { return nil }
      if isLive(element) {
        _count &-= 1
        return element
      }
    }
  }

  /// Removes and returns the first entry when nothing is ever cancelled.
  @inlinable
  public mutating func popFirst() -> Element? { popFirst(isLive: { _ in true }) }

  @inlinable
  mutating func heapPush(_ entry: Entry) {
    heap.append(entry)
    var child = heap.count - 1
    while child > 0 {
      let parent = (child - 1) / 2
      guard heap[child].order < heap[parent].order else { break }
      heap.swapAt(child, parent)
      child = parent
    }
  }

  @inlinable
  mutating func heapPop() -> Entry? {
    guard !heap.isEmpty else { return nil }
    heap.swapAt(0, heap.count - 1)
    let top = heap.removeLast()
    var parent = 0
    while true {
      let left = 2 * parent + 1
      guard left < heap.count else { break }
      let right = left + 1
      let child = right < heap.count && heap[right].order < heap[left].order ? right : left
      guard heap[child].order < heap[parent].order else { break }
      heap.swapAt(child, parent)
      parent = child
    }
    return top
  }
}

extension WaitingList: Sendable where Element: Sendable {}
extension WaitingList.Entry: Sendable where Element: Sendable {}
