import CFileSystem
import Foundation

/// The items folder of a multi-run command: one folder per finished work item, each holding the
/// item's full-precision result (`result.json`) and the fingerprint of the command that ran it
/// (`fingerprint.txt`).
///
/// Each item folder is written as a hidden staging folder (`.ID.tmp-PID-RANDOM`) and renamed into
/// place in one step, so a reader never sees a half-written item; an item already present with the
/// same fingerprint is kept, one with a different fingerprint is refused. Nothing here removes an
/// item folder, nor a staging folder of another process (which may be on another machine sharing
/// the folder).
public struct ItemStore: Sendable {
  /// The items folder.
  public let folder: URL
  /// The command's fingerprint (see `CommandFingerprint`).
  public let fingerprint: String

  /// The result file inside an item folder.
  public static let resultFile = "result.json"
  /// The fingerprint file inside an item folder.
  public static let fingerprintFile = "fingerprint.txt"

  /// The default items folder of an output folder: `<OUT>.items` beside it.
  public static func defaultFolder(for destination: URL) -> URL {
    let output = destination.standardizedFileURL
    return output.deletingLastPathComponent().appendingPathComponent(output.lastPathComponent + ".items")
  }

  /// An items folder at `folder` (created when the first item is written).
  ///
  /// - Throws: `ShardError.badItemsFolder` when the path exists and is not a folder.
  public init(folder: URL, fingerprint: String) throws {
    self.folder = folder.standardizedFileURL
    self.fingerprint = fingerprint
    var isFolder: ObjCBool = false
    if FileManager.default.fileExists(atPath: self.folder.path, isDirectory: &isFolder), !isFolder.boolValue {
      throw ShardError.badItemsFolder(path: self.folder.path, reason: "is a file, not a folder")
    }
  }

  /// The folder of item `id`.
  public func itemFolder(_ id: String) -> URL { folder.appendingPathComponent(id) }

  /// True when item `id` is present with this command's fingerprint.
  ///
  /// - Throws: `ShardError.fingerprintMismatch` when it is present with another fingerprint.
  public func contains(_ id: String) throws -> Bool {
    let item = itemFolder(id)
    guard FileManager.default.fileExists(atPath: item.path) else { return false }
    let stored = try? String(contentsOf: item.appendingPathComponent(ItemStore.fingerprintFile), encoding: .utf8)
    guard stored == fingerprint else { throw ShardError.fingerprintMismatch(folder: item.path) }
    return true
  }

  /// The IDs among `ids` not yet present (checking every present one's fingerprint).
  public func missing(_ ids: [String]) throws -> [String] {
    try ids.filter { try !contains($0) }
  }

  /// Item `id`'s result, or nil when it is not present.
  public func result<Result: Decodable>(_ type: Result.Type, id: String) throws -> Result? {
    guard try contains(id) else { return nil }
    let item = itemFolder(id)
    do {
      let data = try Data(contentsOf: item.appendingPathComponent(ItemStore.resultFile))
      return try ItemCoding.decoder.decode(Result.self, from: data)
    } catch {
      throw ShardError.unreadableItem(folder: item.path, reason: "\(error)")
    }
  }

  /// Writes item `id`'s result atomically; returns false (writing nothing) when another process
  /// has put the same item in place meanwhile.
  @discardableResult
  public func save<Result: Encodable>(_ result: Result, id: String) throws -> Bool {
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let tag = "\(ProcessInfo.processInfo.processIdentifier)-\(UInt32.random(in: 0...UInt32.max))"
    let staging = folder.appendingPathComponent(StagingCleanup.prefix(for: id) + tag)
    StagingCleanup.register(staging)
    defer { StagingCleanup.unregister(staging) }
    do {
      try FileManager.default.createDirectory(at: staging, withIntermediateDirectories: false)
      try ItemCoding.encoder.encode(result).write(to: staging.appendingPathComponent(ItemStore.resultFile))
      try Data(fingerprint.utf8).write(to: staging.appendingPathComponent(ItemStore.fingerprintFile))
      guard stepwell_rename_noreplace(staging.path, itemFolder(id).path) == 0 else {
        let present = try contains(id)
        try? FileManager.default.removeItem(at: staging)
        if present { return false }
        throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: itemFolder(id).path])
      }
      return true
    } catch {
      try? FileManager.default.removeItem(at: staging)
      throw error
    }
  }
}
