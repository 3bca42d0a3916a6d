import Foundation

/// Writes an output folder's CSV tables as one Excel workbook, `<folder-name>.xlsx`, by running
/// the writer compiled into the executable (`write_workbook.py`) with a Python that has openpyxl.
///
/// A command that takes `--xlsx` makes one with `locate()` before it runs anything, so a missing
/// Python is reported at once (exit code 2). Given to `OutputFolder`, it writes the workbook into
/// the staging folder after every other file, so the workbook moves into place with the folder or
/// not at all; `write(folder:name:)` also works on any finished folder.
public struct WorkbookWriter: Sendable {
  /// The interpreter that runs the writer.
  public let python: URL

  /// A writer run by `python`, which must have openpyxl.
  public init(python: URL) { self.python = python }

  /// The writer's Python source.
  static let script = String(decoding: PackageResources.write_workbook_py, as: UTF8.self)

  /// The first interpreter of `search` that can import openpyxl.
  ///
  /// - Throws: `WorkbookUnavailable` naming every interpreter tried.
  public static func locate(search: PythonSearch = .current) throws -> WorkbookWriter {
    var tried: [String] = []
    for path in search.candidates {
      let python = URL(fileURLWithPath: path)
      guard FileManager.default.isExecutableFile(atPath: path) else {
        tried.append("\(path) (not found)")
        continue
      }
      if PythonProcess.canImport("openpyxl", with: python) { return WorkbookWriter(python: python) }
      tried.append("\(path) (no openpyxl)")
    }
    throw WorkbookUnavailable(tried: tried)
  }

  /// The workbook's name inside the output folder `folder`: the folder's own name and `.xlsx`.
  public static func fileName(forFolder folder: URL) -> String {
    folder.standardizedFileURL.lastPathComponent + ".xlsx"
  }

  /// Writes the workbook `name` into `folder` from the folder's files (and those of its
  /// sub-folders): first to a hidden file beside it, renamed into place once complete. The About
  /// sheet calls the folder by `name` without `.xlsx` (a staging folder has another name).
  ///
  /// - Throws: `WorkbookFailure` with Python's stderr when the writer fails.
  public func write(folder: URL, name: String) throws {
    let target = folder.appendingPathComponent(name)
    let partial = folder.appendingPathComponent(".tmp-\(ProcessInfo.processInfo.processIdentifier)-\(name)")
    defer { try? FileManager.default.removeItem(at: partial) }
    let outcome: PythonProcess.Outcome
    do {
      let shownName = name.hasSuffix(".xlsx") ? String(name.dropLast(5)) : name
      outcome = try PythonProcess.run(
        python, arguments: ["-c", WorkbookWriter.script, folder.path, partial.path, shownName])
    } catch {
      throw WorkbookFailure(python: python.path, reason: "could not be started: \(error.localizedDescription)")
    }
    guard outcome.status == 0 else {
      throw WorkbookFailure(python: python.path, status: outcome.status, standardError: outcome.standardError)
    }
    guard rename(partial.path, target.path) == 0 else {
      throw WorkbookFailure(python: python.path, reason: "wrote it, but \(String(cString: strerror(errno)))")
    }
  }
}
