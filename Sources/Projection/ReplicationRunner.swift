import Foundation
import Synchronization

/// Runs independent replications on a fixed number of threads.
///
/// Workers take replication indices from a shared counter and store each result in its own slot,
/// so the results (and every file written from them) are identical whatever the thread count;
/// only the order in which replications finish differs. No lock is taken inside a replication.
public enum ReplicationRunner {
  /// Runs `body` for replications `range` on `threads` threads and returns the results in
  /// replication order.
  ///
  /// - Parameters:
  ///   - threads: worker threads (>= 1); more than the number of replications is pointless.
  ///   - progress: called (from worker threads) after each replication with the number done.
  public static func run<Result: Sendable>(
    _ range: Range<Int>, threads: Int, progress: (@Sendable (Int) -> Void)? = nil,
    body: @escaping @Sendable (Int) -> Result
  ) -> [Result] {
    let count = range.count
    guard count > 0 else { return [] }
    let slots = Mutex<[Result?]>(Array(repeating: nil, count: count))
    let next = Atomic<Int>(0)
    let done = Atomic<Int>(0)
    let workers = max(1, min(threads, count))
    DispatchQueue.concurrentPerform(iterations: workers) { _ in
      while true {
        let offset = next.wrappingAdd(1, ordering: .relaxed).oldValue
        guard offset < count else { break }
        let result = body(range.lowerBound + offset)
        slots.withLock { $0[offset] = result }
        let finished = done.wrappingAdd(1, ordering: .relaxed).newValue
        progress?(finished)
      }
    }
    return slots.withLock { $0.compactMap { $0 } }
  }

  /// The number of cores available, the default thread count.
  public static var availableCores: Int { ProcessInfo.processInfo.activeProcessorCount }
}
