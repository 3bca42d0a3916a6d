import SimCore
import Testing

@Suite("RecordBuffer: records over raw storage")
struct RecordBufferTests {
  @Test("Appends past the first capacity keep every element, in order")
  func appendGrowsAndKeepsOrder() {
    var buffer = RecordBuffer<Int>(initialCapacity: 2)
    defer { buffer.deallocate() }
    for value in 0..<1_000 { buffer.append(value * 3) }
    #expect(buffer.count == 1_000)
    #expect(buffer.elements == (0..<1_000).map { $0 * 3 })
    #expect(buffer[999] == 2_997)
  }

  @Test("A write through the subscript changes that element only")
  func subscriptWrites() {
    let buffer = RecordBuffer([1.5, 2.5, 3.5])
    defer { buffer.deallocate() }
    buffer[1] += 10
    #expect(buffer.elements == [1.5, 12.5, 3.5])
  }

  @Test("popLast returns the elements last first, then nil")
  func popLastOrder() {
    var buffer = RecordBuffer<String>(initialCapacity: 1)
    defer { buffer.deallocate() }
    for word in ["a", "b", "c"] { buffer.append(word) }
    #expect(buffer.popLast() == "c")
    #expect(buffer.popLast() == "b")
    buffer.append("d")
    #expect(buffer.elements == ["a", "d"])
    #expect(buffer.popLast() == "d")
    #expect(buffer.popLast() == "a")
    #expect(buffer.popLast() == nil)
    #expect(buffer.isEmpty)
  }
}
