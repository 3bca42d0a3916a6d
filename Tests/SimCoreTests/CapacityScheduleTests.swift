import SimCore
import Testing

@Suite("CapacitySchedule: step capacity, optionally cyclic")
struct CapacityScheduleTests {
  /// 3 servers on [0, 40), 1 on [40, 70), 2 on [70, 100), repeating every 100.
  let weekly = CapacitySchedule(
    steps: [
      .init(from: 0, capacity: 3), .init(from: 40, capacity: 1), .init(from: 70, capacity: 2),
    ],
    cycle: 100)

  @Test(
    "capacity(at:) across cycle boundaries",
    arguments: [
      (0.0, 3), (39.75, 3), (40.0, 1), (69.5, 1), (70.0, 2), (99.75, 2),
      (100.0, 3), (139.0, 3), (140.0, 1), (250.0, 1), (299.5, 2), (300.0, 3),
      (1_070.0, 2), (1_000_040.0, 1),
    ])
  func capacityAt(time: Double, expected: Int) {
    #expect(weekly.capacity(at: time) == expected)
  }

  @Test(
    "nextChange(after:) across cycle boundaries",
    arguments: [
      (0.0, 40.0), (10.0, 40.0), (40.0, 70.0), (69.75, 70.0), (70.0, 100.0), (99.0, 100.0),
      (100.0, 140.0), (145.0, 170.0), (170.0, 200.0), (1_075.0, 1_100.0), (1_100.0, 1_140.0),
    ])
  func nextChangeAfter(time: Double, expected: Double) {
    #expect(weekly.nextChange(after: time) == expected)
  }

  @Test("averageCapacity, peak and isConstant of a cyclic schedule")
  func cyclicSummary() {
    // (3 x 40 + 1 x 30 + 2 x 30) / 100.
    #expect(weekly.averageCapacity == 2.1)
    #expect(weekly.peak == 3)
    #expect(!weekly.isConstant)
    #expect(weekly.cycle == 100)
    #expect(weekly.steps.map(\.from) == [0, 40, 70])
  }

  @Test("Without a cycle the last step lasts for ever")
  func acyclic() {
    let schedule = CapacitySchedule(
      steps: [.init(from: 0, capacity: 2), .init(from: 10, capacity: 5)], cycle: nil)
    #expect(schedule.capacity(at: 0) == 2)
    #expect(schedule.capacity(at: 9.5) == 2)
    #expect(schedule.capacity(at: 10) == 5)
    #expect(schedule.capacity(at: 1e9) == 5)
    #expect(schedule.nextChange(after: 0) == 10)
    #expect(schedule.nextChange(after: 9.99) == 10)
    #expect(schedule.nextChange(after: 10) == nil)
    #expect(schedule.nextChange(after: 1e6) == nil)
    #expect(schedule.averageCapacity == 5)
    #expect(schedule.peak == 5)
  }

  @Test("A constant schedule never changes")
  func constant() {
    let schedule = CapacitySchedule(constant: 4)
    #expect(schedule.isConstant)
    #expect(schedule.cycle == nil)
    #expect(schedule.capacity(at: 0) == 4)
    #expect(schedule.capacity(at: 12_345.5) == 4)
    #expect(schedule.nextChange(after: 0) == nil)
    #expect(schedule.averageCapacity == 4)
    #expect(schedule.peak == 4)
    #expect(CapacitySchedule(constant: 0).peak == 0)
  }

  /// Walks `nextChange` over random cyclic schedules: the capacity is constant between changes,
  /// and the integral over whole cycles is `averageCapacity` x time.
  @Test("Walking nextChange over random cyclic schedules", arguments: Seed.all)
  func walk(seed: Seed) {
    var rng = SplitMix64(seed: seed.value)
    for _ in 0..<20 {
      // Integer step starts inside an integer cycle, so every time below is exact.
      let cycle = Double(2 + rng.below(60))
      var starts = Set([0.0])
      for _ in 0..<rng.below(6) { starts.insert(Double(rng.below(Int(cycle)))) }
      let steps = starts.sorted().map { CapacitySchedule.Step(from: $0, capacity: rng.below(5)) }
      let schedule = CapacitySchedule(steps: steps, cycle: cycle)
      let cycles = 1 + rng.below(4)
      let end = cycle * Double(cycles)
      var t = 0.0
      var area = 0.0
      var changes = 0
      while t < end {
        guard let next = schedule.nextChange(after: t) else {
          Issue.record("a cyclic schedule said it never changes after \(t)")
          return
        }
        let level = schedule.capacity(at: t)
        // Constant on [t, next): probe the midpoint and just before `next`.
        let middle = schedule.capacity(at: (t + next) / 2)
        let last = schedule.capacity(at: next - 0.25)
        guard next > t, middle == level, last == level else {
          Issue.record("\(steps), cycle \(cycle): from \(t) to \(next): \(level) \(middle) \(last)")
          return
        }
        area += Double(level) * (next - t)
        t = next
        changes += 1
      }
      #expect(t == end)
      #expect(changes == steps.count * cycles)
      #expect(isClose(area / end, schedule.averageCapacity))
      #expect(schedule.peak == steps.map(\.capacity).max())
    }
  }
}
