import Population
import Synchronization

/// Areas already read, keyed by file path and the file's whole text, so a changed file is read
/// again. Holds at most `capacity` areas (the oldest is dropped first).
final class AreaCache: Sendable {
  /// The cache every load shares.
  static let shared = AreaCache()
  /// Areas kept at most.
  static let capacity = 8

  private let entries = Mutex<[(key: String, area: Area)]>([])

  static func key(_ path: String, _ text: String) -> String { path + "\u{0}" + text }

  /// The area read earlier from `text` at `path`, if any.
  func area(path: String, text: String) -> Area? {
    let key = AreaCache.key(path, text)
    return entries.withLock { entries in entries.first { $0.key == key }?.area }
  }

  /// Keeps `area`, read from `text` at `path`.
  func store(_ area: Area, path: String, text: String) {
    let key = AreaCache.key(path, text)
    entries.withLock { entries in
      entries.removeAll { $0.key == key }
      entries.append((key, area))
      if entries.count > AreaCache.capacity { entries.removeFirst(entries.count - AreaCache.capacity) }
    }
  }
}
