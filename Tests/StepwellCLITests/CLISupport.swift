import Foundation
import Testing

/// Locating and running the built `stepwell` executable.
enum CLI {
  /// The package root: Tests/StepwellCLITests/ -> ../..
  static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

  /// Places the executable may be, best first: STEPWELL_BINARY, next to the test bundle (the
  /// build products folder of this very build), then the package's .build debug and release.
  static var candidates: [URL] {
    var urls: [URL] = []
    if let path = ProcessInfo.processInfo.environment["STEPWELL_BINARY"] {
      urls.append(URL(fileURLWithPath: path))
    }
    var folders = [Bundle.main.bundleURL]
    if let executable = Bundle.main.executableURL {
      folders.append(executable.deletingLastPathComponent())
    }
    folders += Bundle.allBundles.map { $0.bundleURL.deletingLastPathComponent() }
    urls += folders.map { $0.appendingPathComponent("stepwell") }
    for configuration in ["debug", "release"] {
      urls.append(packageRoot.appendingPathComponent(".build/\(configuration)/stepwell"))
    }
    return urls
  }

  /// The executable, or nil when none was built.
  static let executable: URL? = candidates.first {
    FileManager.default.isExecutableFile(atPath: $0.path)
  }

  /// The outcome of one run.
  struct Outcome {
    let status: Int32
    let stdout: String
    let stderr: String

    /// The non-empty lines written to stderr.
    var errorLines: [String] { stderr.split(separator: "\n").map(String.init) }
  }

  /// Runs `stepwell` with `arguments` in `directory`, with output captured in files (so a
  /// large output cannot block on a full pipe); `environment` adds variables to the process's.
  static func run(_ arguments: [String], in directory: URL, environment: [String: String] = [:]) throws -> Outcome {
    let binary = try #require(
      executable, "no stepwell executable; looked in \(candidates.map(\.path))")
    let capture = FileManager.default.temporaryDirectory
      .appendingPathComponent("stepwell-cli-capture-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: capture, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: capture) }
    let outURL = capture.appendingPathComponent("stdout")
    let errURL = capture.appendingPathComponent("stderr")
    _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
    _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
    let out = try FileHandle(forWritingTo: outURL)
    let err = try FileHandle(forWritingTo: errURL)
    let process = Process()
    process.executableURL = binary
    process.arguments = arguments
    process.currentDirectoryURL = directory
    if !environment.isEmpty {
      process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
    }
    process.standardOutput = out
    process.standardError = err
    process.standardInput = FileHandle.nullDevice
    try process.run()
    process.waitUntilExit()
    try out.close()
    try err.close()
    return Outcome(
      status: process.terminationStatus,
      stdout: try String(contentsOf: outURL, encoding: .utf8),
      stderr: try String(contentsOf: errURL, encoding: .utf8))
  }
}

/// A fresh folder for one test, removed by `cleanUp()`.
struct Workspace {
  let root: URL

  init() throws {
    root = FileManager.default.temporaryDirectory
      .appendingPathComponent("stepwell-cli-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
  }

  func path(_ name: String) -> String { root.appendingPathComponent(name).path }

  /// Writes a file and returns its path.
  @discardableResult
  func write(_ text: String, to name: String) throws -> String {
    let url = root.appendingPathComponent(name)
    try FileManager.default.createDirectory(
      at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(text.utf8).write(to: url)
    return url.path
  }

  func read(_ name: String) throws -> String {
    try String(contentsOf: root.appendingPathComponent(name), encoding: .utf8)
  }

  /// Names in a folder of the workspace (sorted; hidden ones included).
  func contents(_ name: String = "") throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: path(name)).sorted()
  }

  func exists(_ name: String) -> Bool { FileManager.default.fileExists(atPath: path(name)) }

  /// Runs stepwell with the workspace as the working directory.
  func run(_ arguments: [String]) throws -> CLI.Outcome { try CLI.run(arguments, in: root) }

  func cleanUp() { try? FileManager.default.removeItem(at: root) }
}

/// A small, fast M/M/2 network: a desk feeding a review step.
let goodScenario = """
  version: 1
  name: cli-clinic
  model: network
  time_unit: days
  horizon: 2000
  warmup: 200
  replications: 4
  seed: 3
  nodes:
    - name: desk
      servers: 2
      arrivals: {distribution: exponential, mean: 1}
      service: {distribution: exponential, mean: 1.5}
      routing: {review: 0.25}
    - name: review
      servers: 1
      service: {distribution: exponential, mean: 2}

  """

/// The six files `run` writes for a network scenario.
let runFiles = [
  "data-dictionary.csv", "effective-scenario.yaml", "manifest.json", "metrics.csv", "replications.csv",
  "summary.json", "timeseries.csv",
]
