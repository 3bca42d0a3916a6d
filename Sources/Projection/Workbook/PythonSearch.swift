import Foundation

/// Where `--xlsx` looks for a Python interpreter, best first.
///
/// `STEPWELL_PYTHON`, when set, is the only place looked: a path, or a command name looked up on
/// `PATH`. Otherwise: the project's `.venv/bin/python` beside the `.build` folder the executable
/// was built into (`.build/release/stepwell` -> the repository root), then `.venv/bin/python` in
/// the working folder, then `python3` on `PATH`.
public struct PythonSearch: Sendable {
  /// The environment variable that names the interpreter.
  public static let variable = "STEPWELL_PYTHON"
  /// The project's environment, relative to the repository root (`make notebooks` builds it).
  public static let projectEnvironment = ".venv/bin/python"
  /// The interpreter looked up on `PATH` when nothing else is found.
  public static let fallbackCommand = "python3"

  /// `STEPWELL_PYTHON`'s value, when set and not empty.
  public var override: String?
  /// Absolute paths the running executable is known by (as invoked and with links resolved).
  public var executablePaths: [String]
  /// The working folder.
  public var workingDirectory: String
  /// The folders of `PATH`, in order.
  public var searchPath: [String]

  /// A search over the given places.
  public init(override: String?, executablePaths: [String], workingDirectory: String, searchPath: [String]) {
    self.override = override.flatMap { $0.isEmpty ? nil : $0 }
    self.executablePaths = executablePaths
    self.workingDirectory = workingDirectory
    self.searchPath = searchPath
  }

  /// The search for the running process: its environment, executable and working folder.
  public static var current: PythonSearch {
    let environment = ProcessInfo.processInfo.environment
    let workingDirectory = FileManager.default.currentDirectoryPath
    let searchPath = (environment["PATH"] ?? "").split(separator: ":").map(String.init)
    var executables: [String] = []
    if let invoked = CommandLine.arguments.first, invoked.contains("/") {
      let url = URL(fileURLWithPath: invoked, relativeTo: URL(fileURLWithPath: workingDirectory, isDirectory: true))
      executables += [url.standardizedFileURL.path, url.resolvingSymlinksInPath().path]
    }
    if let running = Bundle.main.executableURL {
      executables += [running.standardizedFileURL.path, running.resolvingSymlinksInPath().path]
    }
    return PythonSearch(
      override: environment[variable], executablePaths: executables, workingDirectory: workingDirectory,
      searchPath: searchPath)
  }

  /// The interpreters to try, best first, without repeats.
  public var candidates: [String] {
    if let override { return [override.contains("/") ? absolute(override) : onSearchPath(override) ?? override] }
    var paths = executablePaths.compactMap(PythonSearch.repositoryRoot).map {
      ($0 as NSString).appendingPathComponent(PythonSearch.projectEnvironment)
    }
    paths.append(absolute(PythonSearch.projectEnvironment))
    if let found = onSearchPath(PythonSearch.fallbackCommand) { paths.append(found) }
    var seen = Set<String>()
    return paths.filter { seen.insert($0).inserted }
  }

  /// The folder holding the nearest `.build` folder above `executable`, or nil.
  static func repositoryRoot(of executable: String) -> String? {
    var folder = (executable as NSString).deletingLastPathComponent
    while folder != "/", !folder.isEmpty {
      if (folder as NSString).lastPathComponent == ".build" { return (folder as NSString).deletingLastPathComponent }
      folder = (folder as NSString).deletingLastPathComponent
    }
    return nil
  }

  /// `path` made absolute against the working folder.
  func absolute(_ path: String) -> String {
    guard !path.hasPrefix("/") else { return path }
    return URL(fileURLWithPath: path, relativeTo: URL(fileURLWithPath: workingDirectory, isDirectory: true))
      .standardizedFileURL.path
  }

  /// The first executable file called `command` in a folder of `PATH`.
  func onSearchPath(_ command: String) -> String? {
    searchPath.map { absolute(($0 as NSString).appendingPathComponent(command)) }
      .first { FileManager.default.isExecutableFile(atPath: $0) }
  }
}
