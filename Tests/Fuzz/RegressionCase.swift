import Foundation

/// One file of `Tests/Fuzz/regressions/`: a scenario (or area file) that once crashed or hung,
/// with what it must do now in its header comments:
///
/// - `# expect: refused | accepted | event-limit` (exit code 2, 0 or 1)
/// - `# set: KEY=VALUE` (repeatable): `--set` overrides
/// - `# options: ...`: other command-line options (checked through the real binary only)
/// - `# command: run | sweep` (default run); `# kind: area` for an area file
///
/// Each file is copied into a copy of `Scenarios/` (as `Scenarios/fuzz/<name>`), so
/// `extends: ../sandwell-hub.yaml` and `area: sandwell` resolve as they do for ready scenarios.
struct RegressionCase: CustomStringConvertible {
  let name: String
  let text: String
  let expect: String
  let overrides: [String]
  let options: [String]
  let command: String
  let isArea: Bool

  /// The folder of regression files.
  static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("regressions")

  /// Every regression file, sorted by name.
  static func all() throws -> [RegressionCase] {
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".yaml") }
    return try names.sorted().map { name in
      RegressionCase(name: name, text: try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8))
    }
  }

  init(name: String, text: String) {
    self.name = name
    self.text = text
    var header: [(String, String)] = []
    for line in text.components(separatedBy: "\n") where line.hasPrefix("# ") {
      let body = line.dropFirst(2)
      guard let colon = body.firstIndex(of: ":") else { continue }
      header.append(
        (String(body[..<colon]), String(body[body.index(after: colon)...]).trimmingCharacters(in: .whitespaces)))
    }
    func value(_ key: String) -> String? { header.first { $0.0 == key }?.1 }
    expect = value("expect") ?? "refused"
    overrides = header.filter { $0.0 == "set" }.map(\.1)
    options = value("options").map { $0.split(separator: " ").map(String.init) } ?? []
    command = value("command") ?? "run"
    isArea = value("kind") == "area"
  }

  var description: String { name }
}
