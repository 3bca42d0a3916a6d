#if canImport(Glibc)
  import Dispatch

  /// Runs the live server's tasks on threads of their own instead of Swift concurrency's shared
  /// pool, so the server answers within its timeouts while other suites' simulations hold every
  /// thread of that pool (two on a 2-core machine) for many seconds at a time.
  final class ServerExecutor: TaskExecutor {
    /// The executor every live-server test runs its server on.
    static let shared = ServerExecutor()

    private let queue = DispatchQueue(label: "stepwell.tests.live-server", attributes: .concurrent)

    func enqueue(_ job: consuming ExecutorJob) {
      let job = UnownedJob(job)
      queue.async { job.runSynchronously(on: self.asUnownedTaskExecutor()) }
    }
  }
#endif
