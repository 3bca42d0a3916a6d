import Synchronization

/// At most `capacity` simulations at once: a request that finds them all taken is refused (429)
/// rather than queued, so the page stays responsive and the machine is not overloaded.
public final class SimulationLimiter: Sendable {
  /// Simulations allowed at once (0 refuses every request, for tests).
  public let capacity: Int
  private let running = Mutex(0)

  public init(capacity: Int) {
    self.capacity = max(0, capacity)
  }

  /// Takes a slot; false when none is free.
  public func tryAcquire() -> Bool {
    running.withLock { count in
      guard count < capacity else { return false }
      count += 1
      return true
    }
  }

  /// Gives back a slot taken by `tryAcquire`.
  public func release() {
    running.withLock { count in count = max(0, count - 1) }
  }

  /// Simulations running now.
  public var inUse: Int { running.withLock { $0 } }
}
