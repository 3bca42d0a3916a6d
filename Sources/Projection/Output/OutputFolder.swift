import CFileSystem
import Foundation
import StepwellMetrics

/// Writes a command's files into a staging folder beside the destination, then moves it into
/// place in one step, so a reader never sees a half-written or mixed output folder.
///
/// An earlier output at the destination is swapped out atomically (`renameat2` with
/// `RENAME_EXCHANGE` on Linux) and only then removed; where the file system cannot exchange, it is
/// moved aside, and put back if the new folder cannot be moved in. The staging folder is removed
/// when the process is interrupted (SIGINT, SIGTERM, SIGHUP), and staging folders left by
/// processes that have died are removed when the next output is written beside them.
///
/// Every file written through the folder is remembered; `commit()` adds `data-dictionary.csv`
/// describing each of them (its columns and the metric names in it) and, when the folder has a
/// workbook writer (`--xlsx`), the Excel workbook `<folder-name>.xlsx` before the move.
public struct OutputFolder {
  /// Where the files end up.
  public let destination: URL
  /// Where they are written first.
  public let staging: URL
  /// The command writing them: an existing folder is replaced only if it is its earlier output.
  public let kind: OutputKind
  /// Writes the folder's tables as one Excel workbook at `commit()`, when given (`--xlsx`).
  public let workbook: WorkbookWriter?
  /// The relative paths written so far, in order.
  let written = WrittenFiles()

  /// Prepares a staging folder next to `destination` (its parents are created if needed).
  ///
  /// - Parameter workbook: the writer of `<folder-name>.xlsx` when the command was given
  ///   `--xlsx`; nil for no workbook.
  public init(destination: URL, kind: OutputKind, workbook: WorkbookWriter? = nil) throws {
    self.destination = destination.standardizedFileURL
    self.kind = kind
    self.workbook = workbook
    let parent = self.destination.deletingLastPathComponent()
    try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
    StagingCleanup.removeStale(in: parent, for: self.destination.lastPathComponent)
    let tag = "\(ProcessInfo.processInfo.processIdentifier)-\(UInt32.random(in: 0...UInt32.max))"
    staging = parent.appendingPathComponent(StagingCleanup.prefix(for: self.destination.lastPathComponent) + tag)
    StagingCleanup.register(staging)
    do {
      try FileManager.default.createDirectory(at: staging, withIntermediateDirectories: false)
    } catch {
      StagingCleanup.unregister(staging)
      throw error
    }
  }

  /// Writes `text` to `name` (a relative path) inside the staging folder.
  public func write(_ text: String, to name: String) throws {
    try stream(to: name) { sink in try sink.write(text) }
  }

  /// Writes a file inside the staging folder piece by piece, so a large file is never held whole
  /// in memory.
  public func stream(to name: String, _ body: (inout OutputStreamSink) throws -> Void) throws {
    while StagingCleanup.interrupted.load(ordering: .sequentiallyConsistent) { sleep(1) }
    let url = staging.appendingPathComponent(name)
    try FileManager.default.createDirectory(
      at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    var sink = try OutputStreamSink(url: url)
    do {
      try body(&sink)
      try sink.close()
      written.record(name)
    } catch {
      try? sink.close()
      throw error
    }
  }

  /// Moves the staging folder into place, replacing an earlier output of the same command.
  ///
  /// - Throws: `OutputRefusal` when something other than such an output appeared at the
  ///   destination while the command ran (nothing there is touched); `OutputMoveError` when the
  ///   move fails (any earlier output is left in place).
  public func commit() throws {
    try writeDataDictionaries()
    if let workbook, let workbookName { try workbook.write(folder: staging, name: workbookName) }
    if let reason = OutputRecognition.problem(at: destination, kind: kind) {
      throw OutputRefusal(option: "--out", path: destination.path, reason: reason, kind: kind)
    }
    if OutputRecognition.entryType(destination) == nil {
      try moveIntoEmptyPlace()
    } else {
      try replaceEarlierOutput()
    }
    StagingCleanup.unregister(staging)
  }

  /// The workbook's file name when the folder has a workbook writer.
  var workbookName: String? { workbook.map { _ in WorkbookWriter.fileName(forFolder: destination) } }

  /// Removes the staging folder after a failure.
  public func discard() {
    try? FileManager.default.removeItem(at: staging)
    StagingCleanup.unregister(staging)
  }

  private func moveIntoEmptyPlace() throws {
    let status = stepwell_rename_noreplace(staging.path, destination.path)
    if status == 0 { return }
    if status == -EEXIST {
      throw OutputMoveError(destination: destination, reason: "another process wrote it at the same time")
    }
    guard status == -ENOSYS || status == -EINVAL else {
      throw OutputMoveError(destination: destination, reason: String(cString: strerror(-status)))
    }
    guard rename(staging.path, destination.path) == 0 else {
      throw OutputMoveError(destination: destination, reason: String(cString: strerror(errno)))
    }
  }

  private func replaceEarlierOutput() throws {
    let status = stepwell_rename_exchange(staging.path, destination.path)
    if status == 0 {
      try? FileManager.default.removeItem(at: staging)
      return
    }
    guard status == -ENOSYS || status == -EINVAL else {
      throw OutputMoveError(destination: destination, reason: String(cString: strerror(-status)))
    }
    let aside = staging.deletingLastPathComponent().appendingPathComponent(staging.lastPathComponent + ".old")
    guard rename(destination.path, aside.path) == 0 else {
      throw OutputMoveError(destination: destination, reason: String(cString: strerror(errno)))
    }
    guard rename(staging.path, destination.path) == 0 else {
      let reason = String(cString: strerror(errno))
      _ = rename(aside.path, destination.path)
      throw OutputMoveError(destination: destination, reason: reason)
    }
    try? FileManager.default.removeItem(at: aside)
  }
}

/// The new output folder could not be moved into place; any earlier output is still there.
public struct OutputMoveError: Error, CustomStringConvertible, LocalizedError, Sendable {
  public let destination: URL
  public let reason: String
  public var description: String {
    "could not move the new output into \(destination.path): \(reason); any earlier output there is unchanged"
  }
  public var errorDescription: String? { description }
}
