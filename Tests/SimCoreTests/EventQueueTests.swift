import SimCore
import Testing

/// Packs (priority, insertion sequence) the way `Simulation` does.
private func orderKey(priority: Int, sequence: Int) -> UInt64 {
  (UInt64(priority) << 48) | UInt64(sequence)
}

/// One pending event of the reference model.
private struct ReferenceEntry {
  let time: Double
  let key: UInt64
  let id: Int

  func precedes(_ other: ReferenceEntry) -> Bool {
    time < other.time || (time == other.time && key < other.key)
  }
}

@Suite("EventQueue: the future event list")
struct EventQueueTests {
  @Test("An empty queue pops nothing")
  func emptyQueue() {
    var queue = EventQueue<Int>(initialCapacity: 0)
    #expect(queue.isEmpty == true)
    #expect(queue.count == 0)
    #expect(queue.nextTime == nil)
    #expect(queue.pop() == nil)
  }

  @Test("Events pop by time, then key; equal keys cannot occur, equal times keep key order")
  func handBuiltOrder() {
    var queue = EventQueue<String>()
    queue.push("c", at: 2.0, key: orderKey(priority: 0, sequence: 0))
    queue.push("a", at: 1.0, key: orderKey(priority: 0, sequence: 1))
    queue.push("e", at: 2.0, key: orderKey(priority: 1, sequence: 2))
    queue.push("d", at: 2.0, key: orderKey(priority: 0, sequence: 3))
    queue.push("b", at: 1.5, key: orderKey(priority: 9, sequence: 4))
    queue.push("f", at: 3.0, key: orderKey(priority: 0, sequence: 5))
    #expect(queue.count == 6)
    #expect(queue.nextTime == 1.0)
    var popped: [String] = []
    var times: [Double] = []
    while let (time, event) = queue.pop() {
      popped.append(event)
      times.append(time)
    }
    #expect(popped == ["a", "b", "c", "d", "e", "f"])
    #expect(times == [1.0, 1.5, 2.0, 2.0, 2.0, 3.0])
    #expect(queue.isEmpty == true)
  }

  @Test("Equal times and priorities pop in insertion order")
  func insertionOrderTies() {
    var queue = EventQueue<Int>(initialCapacity: 16)
    for id in 0..<500 { queue.push(id, at: 7.0, key: orderKey(priority: 3, sequence: id)) }
    var popped: [Int] = []
    while let (_, id) = queue.pop() { popped.append(id) }
    #expect(popped == Array(0..<500))
  }

  @Test("Interleaved pushes and pops match a sorted reference", arguments: Seed.all)
  func matchesSortedReference(seed: Seed) {
    var rng = SplitMix64(seed: seed.value)
    // A small initial capacity so that the heap grows several times while in use.
    var queue = EventQueue<Int>(initialCapacity: 16)
    // The reference: pending entries sorted latest first, so the next one is `last`.
    var reference: [ReferenceEntry] = []
    var sequence = 0
    var pops = 0
    var largest = 0
    var clock = 0.0
    for step in 0..<6_000 {
      // Mostly pushes early on (so the heap gets large), balanced later.
      let pushBias = step < 3_000 ? 7 : 4
      if reference.isEmpty || rng.below(10) < pushBias {
        // Times on a coarse grid (many ties), never before the last popped time.
        let time = clock + Double(rng.below(40)) * 0.25
        let entry = ReferenceEntry(
          time: time, key: orderKey(priority: rng.below(4), sequence: sequence), id: sequence)
        sequence += 1
        queue.push(entry.id, at: entry.time, key: entry.key)
        // Binary search for the insertion point in the latest-first array.
        var low = 0
        var high = reference.count
        while low < high {
          let mid = (low + high) / 2
          if entry.precedes(reference[mid]) { low = mid + 1 } else { high = mid }
        }
        reference.insert(entry, at: low)
        largest = max(largest, reference.count)
      } else {
        let expected = reference.removeLast()
        guard let (time, id) = queue.pop() else {
          Issue.record("the queue ran dry with \(reference.count + 1) reference entries")
          return
        }
        // Stop at the first difference rather than report thousands.
        guard time == expected.time, id == expected.id else {
          Issue.record(
            "pop \(pops): got \(id) at \(time), expected \(expected.id) at \(expected.time)")
          return
        }
        clock = time
        pops += 1
      }
      let (count, nextTime) = (queue.count, queue.nextTime)
      guard count == reference.count, nextTime == reference.last?.time else {
        Issue.record("step \(step): count \(count), next \(String(describing: nextTime))")
        return
      }
    }
    // Drain what is left.
    var drained: [Int] = []
    while let (_, id) = queue.pop() { drained.append(id) }
    #expect(drained == reference.reversed().map(\.id))
    #expect(queue.pop() == nil)
    #expect(largest > 16, "the heap never grew past its initial capacity")
  }

  @Test("The heap grows far past its initial capacity and keeps order")
  func growth() {
    var queue = EventQueue<Int>(initialCapacity: 1)
    // Descending times: every push sifts to the root.
    for id in 0..<10_000 { queue.push(id, at: Double(10_000 - id), key: UInt64(id)) }
    #expect(queue.count == 10_000)
    var expected = 9_999
    var ordered = true
    while let (time, id) = queue.pop() {
      if id != expected || time != Double(10_000 - id) { ordered = false }
      expected -= 1
    }
    #expect(ordered)
    #expect(expected == -1)
  }

  @Test("Class payloads are released exactly once: popped, pending and after growth")
  func payloadsReleased() {
    let counter = Tracked.Counter()
    var poppedIDs: [Int] = []
    func fillAndDrop() {
      var queue = EventQueue<Tracked>(initialCapacity: 16)
      for id in 0..<300 {
        queue.push(Tracked(id, counter: counter), at: Double(id % 17), key: UInt64(id))
      }
      #expect(counter.live == 300)
      for _ in 0..<120 {
        if let (_, payload) = queue.pop() { poppedIDs.append(payload.id) }
      }
      // The popped payloads are gone once the tuples are dropped; the rest are still held.
      #expect(counter.live == 180)
      #expect(queue.count == 180)
    }
    fillAndDrop()
    #expect(poppedIDs.count == 120)
    #expect(counter.created == 300)
    #expect(counter.destroyed == 300)
  }
}
