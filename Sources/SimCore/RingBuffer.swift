/// A growable first-in, first-out ring buffer.
public struct RingBuffer<Element> {
  @usableFromInline var storage: ContiguousArray<Element?>
  @usableFromInline var head = 0
  /// The number of elements held.
  @usableFromInline var _count = 0
  public var count: Int { _count }

  /// An empty buffer.
  public init() { storage = ContiguousArray(repeating: nil, count: 16) }

  /// True when empty.
  @inlinable public var isEmpty: Bool { _count == 0 }

  /// Adds an element at the back.
  @inlinable
  public mutating func append(_ element: Element) {
    if _count == storage.count { grow() }
    var index = head &+ _count
    if index >= storage.count { index &-= storage.count }
    storage[index] = element
    _count &+= 1
  }

  /// Removes and returns the front element.
  @inlinable
  public mutating func popFirst() -> Element? {
    guard _count > 0 else { return nil }
    let element = storage[head]
    // A plain value left behind holds nothing alive, so only references need clearing.
    if !_isPOD(Element.self) { storage[head] = nil }
    head &+= 1
    if head == storage.count { head = 0 }
    _count &-= 1
    return element
  }

  @usableFromInline
  mutating func grow() {
    var bigger = ContiguousArray<Element?>(repeating: nil, count: storage.count * 2)
    for offset in 0..<_count { bigger[offset] = storage[(head + offset) % storage.count] }
    storage = bigger
    head = 0
  }
}

extension RingBuffer: Sendable where Element: Sendable {}
