import Foundation

/// Where the shared files a scenario names (area files, the uncertainty defaults) are looked for.
///
/// For a scenario at `<folder>/x.yaml`, a file `areas/sandwell.yaml` is looked for in order:
///
/// 1. beside the scenario and up to four folders above it (`<folder>/areas/sandwell.yaml`,
///    `<folder>/../areas/sandwell.yaml`, ...);
/// 2. in `Scenarios/` of the working folder;
/// 3. in the folder named by `STEPWELL_SCENARIOS`;
/// 4. in the installed scenarios, found from the executable's path: `Scenarios/` or
///    `share/stepwell/Scenarios/` in the executable's folder or up to four folders above it
///    (`.build/release/stepwell` finds the repository's `Scenarios/`, `<prefix>/bin/stepwell`
///    finds `<prefix>/share/stepwell/Scenarios/`, an unpacked archive's `bin/stepwell` finds the
///    archive's `Scenarios/`).
///
/// The first that exists wins; a message about a missing file lists every place looked.
public enum ScenarioSearch {
  /// The environment variable naming a scenarios folder.
  public static let environmentKey = "STEPWELL_SCENARIOS"

  /// How many folders above a start folder are searched.
  static let levelsUp = 4

  /// The file found (nil when none exists) and every path looked at, in order.
  public struct Result: Sendable, Equatable {
    public let found: String?
    public let looked: [String]
  }

  /// Looks for `relative` (such as `areas/sandwell.yaml`) for the scenario at `scenarioPath`
  /// (nil: no scenario, only the working folder's and the installed scenarios).
  public static func find(_ relative: String, forScenarioAt scenarioPath: String? = nil) -> Result {
    let folders = scenarioFolders(forScenarioAt: scenarioPath)
    var looked: [String] = []
    for folder in folders {
      let candidate = URL(fileURLWithPath: folder).appendingPathComponent(relative).standardizedFileURL.path
      guard !looked.contains(candidate) else { continue }
      looked.append(candidate)
      var isFolder: ObjCBool = false
      if FileManager.default.fileExists(atPath: candidate, isDirectory: &isFolder), !isFolder.boolValue {
        return Result(found: candidate, looked: looked)
      }
    }
    return Result(found: nil, looked: looked)
  }

  /// Every folder that may hold the shared files, in the order they are searched.
  public static func scenarioFolders(forScenarioAt scenarioPath: String?) -> [String] {
    var folders: [String] = []
    if let scenarioPath {
      var folder = URL(fileURLWithPath: scenarioPath).standardizedFileURL.deletingLastPathComponent()
      for _ in 0...levelsUp {
        folders.append(folder.path)
        let parent = folder.deletingLastPathComponent()
        if parent.path == folder.path { break }
        folder = parent
      }
    }
    folders.append(URL(fileURLWithPath: "Scenarios").standardizedFileURL.path)
    return folders + installedFolders()
  }

  /// The folders of installed scenarios: `STEPWELL_SCENARIOS`, then those found from the
  /// executable's path (only folders that exist).
  public static func installedFolders(
    environment: [String: String] = ProcessInfo.processInfo.environment,
    executable: URL? = executableURL
  ) -> [String] {
    var folders: [String] = []
    if let named = environment[environmentKey], !named.isEmpty {
      folders.append(URL(fileURLWithPath: named).standardizedFileURL.path)
    }
    guard let executable else { return folders }
    var seen = Set<String>()
    for start in [executable, executable.resolvingSymlinksInPath()] {
      var folder = start.deletingLastPathComponent().standardizedFileURL
      for _ in 0...levelsUp {
        for inner in ["Scenarios", "share/stepwell/Scenarios"] {
          let candidate = folder.appendingPathComponent(inner).path
          var isFolder: ObjCBool = false
          guard seen.insert(candidate).inserted,
            FileManager.default.fileExists(atPath: candidate, isDirectory: &isFolder), isFolder.boolValue
          else { continue }
          folders.append(candidate)
        }
        let parent = folder.deletingLastPathComponent()
        if parent.path == folder.path { break }
        folder = parent
      }
    }
    return folders
  }

  /// The running executable.
  public static var executableURL: URL? {
    #if os(Linux)
      if let path = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
        return URL(fileURLWithPath: path)
      }
    #endif
    return Bundle.main.executableURL
  }

  /// "looked in A, B and C" for a message.
  public static func lookedText(_ looked: [String]) -> String {
    guard let last = looked.last else { return "looked nowhere" }
    let rest = looked.dropLast()
    return "looked in " + (rest.isEmpty ? last : rest.joined(separator: ", ") + " and " + last)
  }
}
