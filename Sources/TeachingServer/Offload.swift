import Foundation

/// Runs CPU-heavy work on a thread of its own, away from the server's event loops and from the
/// threads that run Swift concurrency tasks (on Linux those are Dispatch's global pool, which
/// adds no thread while its threads are busy computing), and resumes the caller when it is done.
enum Offload {
  static func run<Value: Sendable>(_ work: @escaping @Sendable () -> Value) async -> Value {
    await withCheckedContinuation { continuation in
      let thread = Thread { continuation.resume(returning: work()) }
      thread.name = "stepwell-simulation"
      thread.start()
    }
  }
}
