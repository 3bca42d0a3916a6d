import Foundation

/// The relative paths an `OutputFolder` has written, in the order first written.
///
/// A reference, so that an `OutputFolder` held in a `let` can record what it writes; one folder
/// is written from one thread, and the lock only keeps a misuse from corrupting the list.
final class WrittenFiles: @unchecked Sendable {
  private var paths: [String] = []
  private let lock = NSLock()

  /// Notes that `path` was written (again).
  func record(_ path: String) {
    lock.withLock {
      if !paths.contains(path) { paths.append(path) }
    }
  }

  /// Every path written, in order.
  var all: [String] { lock.withLock { paths } }
}
