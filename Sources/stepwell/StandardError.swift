import Foundation

/// Lines for stderr (warnings), kept apart from the results printed on stdout.
enum StandardError {
  /// Writes `line` and a newline to stderr.
  static func print(_ line: String) {
    FileHandle.standardError.write(Data((line + "\n").utf8))
  }
}
