import Foundation

/// The workbook writer failed while the outputs were written (exit code 1): nothing is moved
/// into place, and Python's own message is passed on.
public struct WorkbookFailure: Error, CustomStringConvertible, LocalizedError, Sendable {
  /// The interpreter that ran the writer.
  public let python: String
  /// What went wrong: Python's exit status and the end of its stderr, or why it could not start.
  public let reason: String

  /// The most of Python's stderr that is reported, in lines from its end.
  static let reportedLines = 30

  /// A failure with Python's exit `status` and `standardError`.
  init(python: String, status: Int32, standardError: String) {
    self.python = python
    let lines = standardError.split(separator: "\n", omittingEmptySubsequences: true).suffix(Self.reportedLines)
    reason = "exited with status \(status)" + (lines.isEmpty ? "" : ":\n" + lines.joined(separator: "\n"))
  }

  /// A failure for another `reason`.
  init(python: String, reason: String) {
    self.python = python
    self.reason = reason
  }

  public var description: String { "the Excel workbook was not written: \(python) \(reason)" }
  public var errorDescription: String? { description }
}
