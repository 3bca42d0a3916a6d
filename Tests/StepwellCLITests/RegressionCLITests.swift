import Foundation
import Testing

/// Every file of `Tests/Fuzz/regressions/` through the real binary: the exit code its header
/// expects (2 refused, 0 accepted, 1 event limit), one `error:` line naming the problem, and no
/// output folder written unless the run succeeded.
@Suite struct RegressionCLITests {
  /// A regression file and its header.
  struct Case: CustomStringConvertible {
    let name: String
    let text: String
    var description: String { name }

    func header(_ key: String) -> [String] {
      text.split(separator: "\n").compactMap { line in
        let prefix = "# \(key): "
        return line.hasPrefix(prefix) ? String(line.dropFirst(prefix.count)) : nil
      }
    }
    var expect: String { header("expect").first ?? "refused" }
    var command: String { header("command").first ?? "run" }
    var options: [String] { header("options").first.map { $0.split(separator: " ").map(String.init) } ?? [] }
    var sets: [String] { header("set").flatMap { ["--set", $0] } }
  }

  static let folder = CLI.packageRoot.appendingPathComponent("Tests/Fuzz/regressions")

  static func cases() throws -> [Case] {
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".yaml") }
    return try names.sorted().map {
      Case(name: $0, text: try String(contentsOf: folder.appendingPathComponent($0), encoding: .utf8))
    }
  }

  /// A workspace holding a copy of `Scenarios/` with the regression file in `Scenarios/fuzz/`.
  static func workspace(with regression: Case) throws -> Workspace {
    let workspace = try Workspace()
    let scenarios = CLI.packageRoot.appendingPathComponent("Scenarios")
    try FileManager.default.copyItem(at: scenarios, to: workspace.root.appendingPathComponent("Scenarios"))
    try workspace.write(regression.text, to: "Scenarios/fuzz/\(regression.name)")
    return workspace
  }

  @Test(arguments: try cases())
  func regressionThroughTheBinary(_ regression: Case) throws {
    let workspace = try RegressionCLITests.workspace(with: regression)
    defer { workspace.cleanUp() }
    let file = "Scenarios/fuzz/\(regression.name)"
    let expected: Int32 = ["accepted": 0, "event-limit": 1][regression.expect] ?? 2
    if regression.command == "run", regression.options.isEmpty {
      let validate = try workspace.run(["validate", file] + regression.sets)
      #expect(validate.status == (expected == 2 ? 2 : 0), "\(validate.stderr)")
    }
    var arguments = [regression.command, file, "--out", "out", "--quiet", "--threads", "1"]
    arguments += regression.sets + regression.options
    if expected == 0, !regression.options.contains("--horizon") {
      let network = regression.text.contains("model: network")
      arguments +=
        ["--replications", "1", "--horizon", network ? "50" : "30d"] + (network ? [] : ["--set", "warmup=0"])
    }
    let started = Date()
    let outcome = try CLI.run(arguments, in: workspace.root, environment: ["STEPWELL_EVENTS_PER_RUN": "300000"])
    #expect(outcome.status == expected, "\(arguments.joined(separator: " ")): \(outcome.stderr)")
    #expect(Date().timeIntervalSince(started) < 120)
    if expected != 0 {
      #expect(outcome.errorLines.count == 1, "\(outcome.stderr)")
      #expect(outcome.errorLines.first?.hasPrefix("error: ") == true)
      #expect(!workspace.exists("out"))
    }
    if expected == 2 {
      let message = outcome.stderr
      #expect(message.contains("allowed"), "\(message)")
      let named = [file, "--set", "--replications", "--seed", "--horizon"].contains { message.contains($0) }
      #expect(named, "\(message)")
    }
  }
}
