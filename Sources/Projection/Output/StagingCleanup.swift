import CFileSystem
import Foundation
import Synchronization

/// Keeps track of staging folders being written, removes them when the process is interrupted,
/// and removes those left behind by processes that died.
enum StagingCleanup {
  /// Staging folders of this process, by path.
  private static let active = Mutex<Set<String>>([])

  /// The name prefix of `name`'s staging folders: `.NAME.tmp-` (then `PID-RANDOM`).
  static func prefix(for name: String) -> String { ".\(name).tmp-" }

  /// Records a staging folder and makes sure interruptions remove it.
  static func register(_ url: URL) {
    installHandlers()
    _ = active.withLock { $0.insert(url.path) }
  }

  static func unregister(_ url: URL) {
    _ = active.withLock { $0.remove(url.path) }
  }

  /// Removes staging folders for `name` in `parent` whose process is no longer alive: only names
  /// of exactly the form `.NAME.tmp-PID-RANDOM` (or with `.old` after it), never anything else.
  static func removeStale(in parent: URL, for name: String) {
    let prefix = prefix(for: name)
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: parent.path) else { return }
    for entry in names where entry.hasPrefix(prefix) {
      var tag = Substring(entry.dropFirst(prefix.count))
      if tag.hasSuffix(".old") { tag = tag.dropLast(4) }
      let parts = tag.split(separator: "-", omittingEmptySubsequences: false)
      guard parts.count == 2, let pid = Int32(parts[0]), UInt32(parts[1]) != nil, stepwell_process_alive(pid) == 0
      else { continue }
      try? FileManager.default.removeItem(at: parent.appendingPathComponent(entry))
    }
  }

  /// Set once an interruption has begun: no new file is started after it.
  static let interrupted = Atomic<Bool>(false)

  /// On SIGINT, SIGTERM or SIGHUP: remove this process's staging folders and exit with 128 plus
  /// the signal's number, as the shell reports a process ended by that signal. The C handler is
  /// installed at once (no signal can slip past), and this runs on a thread of its own.
  private static func installHandlers() {
    _ = stepwell_catch_interrupts { number in StagingCleanup.interrupt(number) }
  }

  /// Removes every staging folder of this process and exits. A writer may be creating a file at
  /// the same moment, so removal is tried a few times.
  static func interrupt(_ number: Int32) {
    interrupted.store(true, ordering: .sequentiallyConsistent)
    for _ in 0..<5 {
      let paths = active.withLock { $0 }
      for path in paths where FileManager.default.fileExists(atPath: path) {
        try? FileManager.default.removeItem(atPath: path)
      }
      usleep(10_000)
    }
    _exit(128 + number)
  }
}
