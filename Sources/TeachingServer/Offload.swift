import Dispatch

/// Runs CPU-heavy work on a Dispatch worker thread, away from the server's event loops and the
/// Swift concurrency pool, and resumes the caller when it is done.
enum Offload {
  static func run<Value: Sendable>(_ work: @escaping @Sendable () -> Value) async -> Value {
    await withCheckedContinuation { continuation in
      DispatchQueue.global(qos: .userInitiated).async { continuation.resume(returning: work()) }
    }
  }
}
