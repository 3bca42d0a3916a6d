import Foundation

/// Runs a Python interpreter to completion, keeping what it writes on stderr.
enum PythonProcess {
  /// How one run ended.
  struct Outcome {
    /// The exit status (the signal's number when it was killed by one).
    let status: Int32
    /// Everything it wrote on stderr.
    let standardError: String
  }

  /// Runs `python` with `arguments` (stdin and stdout empty) and waits for it.
  ///
  /// - Throws: when the interpreter cannot be started (not found, not executable).
  static func run(_ python: URL, arguments: [String]) throws -> Outcome {
    let process = Process()
    process.executableURL = python
    process.arguments = arguments
    process.standardInput = FileHandle.nullDevice
    process.standardOutput = FileHandle.nullDevice
    let errors = Pipe()
    process.standardError = errors
    try process.run()
    let data = errors.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Outcome(status: process.terminationStatus, standardError: String(decoding: data, as: UTF8.self))
  }

  /// Whether `python` starts and can import `module`.
  static func canImport(_ module: String, with python: URL) -> Bool {
    guard FileManager.default.isExecutableFile(atPath: python.path) else { return false }
    return (try? run(python, arguments: ["-c", "import \(module)"]))?.status == 0
  }
}
