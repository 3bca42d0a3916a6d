import SimCore
import Testing

@Suite("WaitingList: disciplines, capacity and reneging")
struct WaitingListTests {
  @Test("FIFO serves in arrival order")
  func fifo() {
    var list = WaitingList<Int>()
    #expect(list.discipline == .fifo)
    #expect(list.capacity == nil)
    #expect(list.isEmpty)
    for id in 0..<100 { #expect(list.append(id, priority: 100 - id) == true) }
    #expect(list.count == 100)
    #expect(!list.isFull)
    var served: [Int] = []
    while let id = list.popFirst() { served.append(id) }
    #expect(served == Array(0..<100))
    #expect(list.isEmpty)
    #expect(list.count == 0)
    #expect(list.popFirst() == nil)
  }

  @Test("Priority serves the lowest value first, first come first served within a value")
  func priorityHandBuilt() {
    var list = WaitingList<String>(discipline: .priority)
    list.append("b1", priority: 2)
    list.append("a1", priority: 1)
    list.append("c1", priority: 3)
    list.append("b2", priority: 2)
    list.append("a2", priority: 1)
    list.append("z", priority: 0)
    list.append("b3", priority: 2)
    // Out-of-range priorities clamp to 0...65535.
    list.append("last", priority: 1_000_000)
    list.append("first", priority: -5)
    var served: [String] = []
    while let name = list.popFirst() { served.append(name) }
    #expect(served == ["z", "first", "a1", "a2", "b1", "b2", "b3", "c1", "last"])
  }

  @Test(
    "Random appends, pops and cancellations match a stable-sorted reference",
    arguments: Seed.all)
  func randomAgainstReference(seed: Seed) {
    disciplines: for discipline in QueueDiscipline.allCases {
      var rng = SplitMix64(seed: seed.value)
      var list = WaitingList<Int>(discipline: discipline)
      // Live entries in service order, and who has reneged.
      var reference: [(priority: Int, id: Int)] = []
      var gone = Set<Int>()
      var nextID = 0
      for step in 0..<3_000 {
        switch rng.below(10) {
        case 0..<5:
          let priority = rng.below(4)
          #expect(list.append(nextID, priority: priority) == true)
          let entry = (priority: discipline == .fifo ? 0 : priority, id: nextID)
          // Insert after every entry that is served no later (stable).
          let index = reference.firstIndex { $0.priority > entry.priority } ?? reference.count
          reference.insert(entry, at: index)
          nextID += 1
        case 5..<7 where !reference.isEmpty:
          // Someone anywhere in the list reneges.
          let leaving = reference.remove(at: rng.below(reference.count))
          gone.insert(leaving.id)
          list.cancelOne()
        default:
          let served = list.popFirst { !gone.contains($0) }
          let expected = reference.isEmpty ? nil : reference.removeFirst().id
          // Stop at the first difference: after it the two would renege different people.
          guard served == expected else {
            Issue.record(
              "\(discipline), step \(step): served \(served as Any), not \(expected as Any)")
            continue disciplines
          }
        }
        guard list.count == reference.count, list.isEmpty == reference.isEmpty else {
          Issue.record("\(discipline), step \(step): count \(list.count), not \(reference.count)")
          continue disciplines
        }
      }
      var served: [Int?] = []
      for _ in reference { served.append(list.popFirst { !gone.contains($0) }) }
      #expect(served == reference.map(\.id), "\(discipline)")
      #expect(list.popFirst { !gone.contains($0) } == nil)
      #expect(list.count == 0)
    }
  }

  @Test(
    "Cancelled entries are skipped and the count stays right",
    arguments: QueueDiscipline.allCases)
  func cancellation(discipline: QueueDiscipline) {
    var list = WaitingList<Int>(discipline: discipline)
    for id in 0..<10 { list.append(id, priority: id / 5) }
    var gone: Set<Int> = []
    for id in [0, 3, 7, 9] {
      gone.insert(id)
      list.cancelOne()
    }
    #expect(list.count == 6)
    var served: [Int] = []
    while let id = list.popFirst(isLive: { !gone.contains($0) }) {
      served.append(id)
      #expect(list.count == 6 - served.count)
    }
    #expect(served == [1, 2, 4, 5, 6, 8])
    #expect(list.isEmpty)
  }

  @Test("A full list turns newcomers away; reneging and service make room")
  func capacity() {
    var list = WaitingList<Int>(discipline: .priority, capacity: 3)
    #expect(list.capacity == 3)
    #expect(list.append(1, priority: 5) == true)
    #expect(list.append(2, priority: 4) == true)
    #expect(!list.isFull)
    #expect(list.append(3, priority: 3) == true)
    #expect(list.isFull)
    #expect(list.append(4, priority: 0) == false)
    #expect(list.count == 3)
    // Number 2 reneges: room for one more.
    list.cancelOne()
    #expect(!list.isFull)
    #expect(list.append(5, priority: 9) == true)
    #expect(list.isFull)
    #expect(list.append(6) == false)
    var served: [Int] = []
    while let id = list.popFirst(isLive: { $0 != 2 }) { served.append(id) }
    #expect(served == [3, 1, 5])

    var none = WaitingList<Int>(capacity: 0)
    #expect(none.isFull)
    #expect(none.append(1) == false)
    #expect(none.isEmpty)
  }

  @Test("FIFO lists wrap around their storage and grow")
  func fifoWrapAndGrow() {
    var list = WaitingList<Int>(discipline: .fifo, capacity: 1_000)
    var expected: [Int?] = []
    var served: [Int?] = []
    var nextID = 0
    // Cycle the ring buffer's start round its storage, then grow it while wrapped.
    for round in 0..<40 {
      for _ in 0..<(round % 7 + 3) {
        list.append(nextID)
        expected.append(nextID)
        nextID += 1
      }
      for _ in 0..<(round % 5 + 2) {
        served.append(list.popFirst())
      }
    }
    for _ in 0..<200 {
      list.append(nextID)
      expected.append(nextID)
      nextID += 1
    }
    #expect(list.count == nextID - served.count)
    while let id = list.popFirst() { served.append(id) }
    #expect(firstDifference(served, expected) == nil)
  }
}

@Suite("RingBuffer: a growable FIFO")
struct RingBufferTests {
  @Test("Wrap-around then growth keeps FIFO order")
  func wrapThenGrow() {
    var ring = RingBuffer<Int>()
    #expect(ring.isEmpty)
    #expect(ring.popFirst() == nil)
    // 16 slots at first: move the head to 10, then fill across the end of the storage.
    for id in 0..<10 { ring.append(id) }
    for id in 0..<10 { #expect(ring.popFirst() == id) }
    for id in 10..<26 { ring.append(id) }
    #expect(ring.count == 16)
    // Full and wrapped: the next append grows the storage.
    for id in 26..<60 { ring.append(id) }
    #expect(ring.count == 50)
    var popped: [Int] = []
    while let id = ring.popFirst() { popped.append(id) }
    #expect(popped == Array(10..<60))
    #expect(ring.isEmpty)
  }

  @Test("Random interleaving matches an array", arguments: Seed.all)
  func random(seed: Seed) {
    var rng = SplitMix64(seed: seed.value)
    var ring = RingBuffer<Int>()
    var popped: [Int?] = []
    var expectedPops: [Int?] = []
    var counts: [Int] = []
    var expectedCounts: [Int] = []
    var reference: [Int] = []
    var head = 0
    for step in 0..<5_000 {
      if rng.below(100) < (step < 2_500 ? 60 : 40) {
        ring.append(step)
        reference.append(step)
      } else {
        popped.append(ring.popFirst())
        expectedPops.append(head < reference.count ? reference[head] : nil)
        head = min(head + 1, reference.count)
      }
      counts.append(ring.count)
      expectedCounts.append(reference.count - head)
    }
    #expect(firstDifference(popped, expectedPops) == nil)
    #expect(firstDifference(counts, expectedCounts) == nil)
  }

  @Test("Class elements are released once popped or when the buffer goes")
  func releasesElements() {
    let counter = Tracked.Counter()
    func fillAndDrop() {
      var ring = RingBuffer<Tracked>()
      for id in 0..<40 { ring.append(Tracked(id, counter: counter)) }
      for _ in 0..<15 { _ = ring.popFirst() }
      #expect(counter.live == 25)
    }
    fillAndDrop()
    #expect(counter.created == 40)
    #expect(counter.destroyed == 40)
  }
}
