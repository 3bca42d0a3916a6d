import Foundation

/// A private copy of the ready scenarios and area files in a temporary folder, where mutants are
/// written over a file and the original put back afterwards, so `extends` and area look-ups work
/// as they do from `Scenarios/`.
final class FuzzWorkspace {
  /// The repository's `Scenarios/` folder.
  static let scenarios = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Scenarios")
  /// The folders whose YAML files are fuzzed, relative to `Scenarios/`.
  static let folders = ["", "queueing", "teaching", "areas"]

  /// The copy of `Scenarios/`.
  let root: URL
  /// Every fuzzed file, relative to `root`, with its original text.
  let files: [(path: String, text: String)]

  init() throws {
    root = FileManager.default.temporaryDirectory.appendingPathComponent("stepwell-fuzz-\(UUID().uuidString)")
      .appendingPathComponent("Scenarios")
    var files: [(String, String)] = []
    for folder in FuzzWorkspace.folders {
      let source = FuzzWorkspace.scenarios.appendingPathComponent(folder)
      try FileManager.default.createDirectory(
        at: root.appendingPathComponent(folder), withIntermediateDirectories: true)
      let names = try FileManager.default.contentsOfDirectory(atPath: source.path).filter { $0.hasSuffix(".yaml") }
      for name in names.sorted() {
        let relative = folder.isEmpty ? name : "\(folder)/\(name)"
        let text = try String(contentsOf: source.appendingPathComponent(name), encoding: .utf8)
        try text.write(to: root.appendingPathComponent(relative), atomically: false, encoding: .utf8)
        files.append((relative, text))
      }
    }
    try FileManager.default.createDirectory(at: root.appendingPathComponent("fuzz"), withIntermediateDirectories: true)
    self.files = files
  }

  /// The path of `relative` inside the copy.
  func path(_ relative: String) -> String { root.appendingPathComponent(relative).path }

  /// Writes `text` as `relative`, runs `body`, then restores the file (or removes a new one).
  func with<T>(_ relative: String, text: String, _ body: (String) throws -> T) throws -> T {
    let original = files.first { $0.path == relative }?.text
    try text.write(toFile: path(relative), atomically: false, encoding: .utf8)
    defer {
      if let original {
        try? original.write(toFile: path(relative), atomically: false, encoding: .utf8)
      } else {
        try? FileManager.default.removeItem(atPath: path(relative))
      }
    }
    return try body(path(relative))
  }

  /// Removes the copy.
  func remove() { try? FileManager.default.removeItem(at: root.deletingLastPathComponent()) }
}
