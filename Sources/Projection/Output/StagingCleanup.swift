import CFileSystem
import Foundation
import Synchronization

/// Keeps track of staging folders being written, removes them when the process is interrupted,
/// and removes those left behind by processes that died.
enum StagingCleanup {
  /// Staging folders of this process, by path.
  private static let active = Mutex<Set<String>>([])
  /// The signal sources, created once.
  private static let handlers = Mutex<[DispatchSourceSignal]>([])

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

  /// Removes staging folders for `name` in `parent` whose process is no longer alive.
  static func removeStale(in parent: URL, for name: String) {
    let prefix = prefix(for: name)
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: parent.path) else { return }
    for entry in names where entry.hasPrefix(prefix) {
      let tag = entry.dropFirst(prefix.count)
      guard let pidText = tag.split(separator: "-").first, let pid = Int32(pidText),
        tag.dropFirst(pidText.count + 1).allSatisfy({ $0.isNumber || $0 == "." || $0.isLetter }),
        stepwell_process_alive(pid) == 0
      else { continue }
      try? FileManager.default.removeItem(at: parent.appendingPathComponent(entry))
    }
  }

  /// On SIGINT, SIGTERM or SIGHUP: remove this process's staging folders and exit with 128 plus
  /// the signal's number, as the shell reports a process ended by that signal.
  private static func installHandlers() {
    handlers.withLock { sources in
      guard sources.isEmpty else { return }
      for number in [SIGINT, SIGTERM, SIGHUP] {
        signal(number, SIG_IGN)
        let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
        source.setEventHandler {
          let paths = active.withLock { $0 }
          for path in paths {
            for _ in 0..<5 where FileManager.default.fileExists(atPath: path) {
              try? FileManager.default.removeItem(atPath: path)
            }
          }
          _exit(128 + number)
        }
        source.resume()
        sources.append(source)
      }
    }
  }
}
