import Foundation

/// Replications (or draws) done and time left, on one rewritten stderr line, only when stderr is a terminal.
enum ProgressLine {
  /// - Parameter noun: what is counted (`replications`, `draws`).
  static func reporter(_ noun: String = "replications") -> (@Sendable (Int, Int) -> Void)? {
    guard isatty(STDERR_FILENO) == 1 else { return nil }
    let started = Date()
    return { done, total in
      let elapsed = Date().timeIntervalSince(started)
      let left = done > 0 ? elapsed / Double(done) * Double(max(0, total - done)) : 0
      let text = "\r  \(noun) " + String(format: "%d/%d, about %.0f s left   ", done, total, left)
      FileHandle.standardError.write(Data(text.utf8))
      if done >= total { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
    }
  }
}
