import SimCore
import Testing

@Suite("ServerPool: busy and on-duty servers over time")
struct ServerPoolTests {
  /// The hand-built trace (times in units; spans of 8 and 16 keep every division exact):
  ///
  ///     t:        0   1   2   4   5   6   8   9  10  12  14  16
  ///     capacity  2 ..............1 .......3 .....................
  ///     busy      0   1   2   1 ......0 .......2   3   1   0
  ///
  /// Busy area to 8: 1 + 4 + 2 = 7; capacity area to 8: 10 + 3 = 13.
  /// Busy area 8...16: 2 + 6 + 2 = 10; capacity area 8...16: 24.
  func tracedPool() -> ServerPool {
    var pool = ServerPool(capacity: 2)
    pool.seize(at: 1)
    pool.seize(at: 2)
    #expect(!pool.hasIdleServer)
    pool.release(at: 4)
    pool.setCapacity(1, at: 5)
    #expect(!pool.hasIdleServer)
    pool.release(at: 6)
    #expect(pool.hasIdleServer)
    pool.setCapacity(3, at: 8)
    return pool
  }

  @Test("Utilisation over a hand-built trace is exactly busy-area / capacity-area")
  func handTrace() {
    var pool = tracedPool()
    #expect(pool.utilisation(at: 8) == 7.0 / 13.0)
    #expect(pool.busyLevel.integral(at: 8) == 7)
    #expect(pool.capacityLevel.integral(at: 8) == 13)
    pool.seize(at: 9)
    pool.seize(at: 9)
    pool.seize(at: 10)
    #expect(pool.busy == 3)
    #expect(pool.capacity == 3)
    #expect(!pool.hasIdleServer)
    pool.release(at: 12)
    pool.release(at: 12)
    pool.release(at: 14)
    #expect(pool.busy == 0)
    #expect(pool.utilisation(at: 16) == 17.0 / 37.0)
    #expect(pool.busyLevel.maximum == 3)
    #expect(pool.capacityLevel.maximum == 3)
    #expect(pool.busyLevel.mean(at: 16) == 17.0 / 16.0)
    #expect(pool.capacityLevel.mean(at: 16) == 37.0 / 16.0)
  }

  @Test("resetStatistics forgets the past and keeps the state")
  func reset() {
    var pool = tracedPool()
    pool.resetStatistics(at: 8)
    #expect(pool.busy == 0)
    #expect(pool.capacity == 3)
    // No time has passed: the current levels, 0 busy of 3.
    #expect(pool.utilisation(at: 8) == 0)
    #expect(pool.busyLevel.maximum == 0)
    pool.seize(at: 9)
    pool.seize(at: 9)
    pool.seize(at: 10)
    pool.release(at: 12)
    pool.release(at: 12)
    pool.release(at: 14)
    #expect(pool.utilisation(at: 16) == 10.0 / 24.0)
    #expect(pool.busyLevel.maximum == 3)
    #expect(pool.capacityLevel.mean(at: 16) == 3)
  }

  @Test("Capacity cuts are not pre-emptive (utilisation may pass 1); no capacity gives 0")
  func cuts() {
    var pool = ServerPool(capacity: 2, start: 10)
    pool.seize(at: 10)
    pool.seize(at: 11)
    pool.setCapacity(0, at: 12)
    #expect(pool.busy == 2)
    #expect(pool.capacity == 0)
    #expect(!pool.hasIdleServer)
    pool.release(at: 13)
    pool.release(at: 14)
    // Busy area 1 + 2 + 2 + 1 = 6 against capacity area 2 x 2 = 4 over [10, 18).
    #expect(pool.utilisation(at: 18) == 1.5)
    pool.resetStatistics(at: 18)
    #expect(pool.utilisation(at: 20) == 0)
    let idle = ServerPool(capacity: 0)
    #expect(idle.utilisation(at: 5) == 0)
    #expect(!idle.hasIdleServer)
  }
}
