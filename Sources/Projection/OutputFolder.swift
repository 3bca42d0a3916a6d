import Foundation

/// Writes a run's files into a temporary folder beside the destination, then renames it into
/// place, so a reader never sees a half-written output folder.
public struct OutputFolder {
  /// Where the files end up.
  public let destination: URL
  /// Where they are written first.
  public let staging: URL

  /// Prepares a staging folder next to `destination` (its parent is created if needed).
  public init(destination: URL) throws {
    self.destination = destination.standardizedFileURL
    let parent = self.destination.deletingLastPathComponent()
    try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
    let tag = "\(ProcessInfo.processInfo.processIdentifier)-\(UInt32.random(in: 0...UInt32.max))"
    staging = parent.appendingPathComponent(".\(self.destination.lastPathComponent).tmp-\(tag)")
    try FileManager.default.createDirectory(at: staging, withIntermediateDirectories: true)
  }

  /// Writes `text` to `name` (a relative path) inside the staging folder.
  public func write(_ text: String, to name: String) throws {
    let url = staging.appendingPathComponent(name)
    try FileManager.default.createDirectory(
      at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(text.utf8).write(to: url)
  }

  /// Moves the staging folder into place, replacing any earlier output there.
  public func commit() throws {
    let manager = FileManager.default
    var old: URL?
    if manager.fileExists(atPath: destination.path) {
      let aside = staging.deletingLastPathComponent().appendingPathComponent(
        staging.lastPathComponent + ".old")
      try manager.moveItem(at: destination, to: aside)
      old = aside
    }
    try manager.moveItem(at: staging, to: destination)
    if let old { try? manager.removeItem(at: old) }
  }

  /// Removes the staging folder after a failure.
  public func discard() { try? FileManager.default.removeItem(at: staging) }
}
