import Foundation
import Testing

/// `--xlsx` without a usable Python stops every command before any work, with exit code 2, one
/// message saying what to install, and nothing written; a writer that fails later leaves nothing
/// behind and its stderr is reported.
@Suite("Excel workbook option")
struct WorkbookCLITests {
  /// Every command that writes a folder, small and fast, with `--xlsx`.
  static let commands: [(name: String, arguments: [String])] = [
    ("run", ["run", "good.yaml", "--replications", "2", "--quiet", "--xlsx"]),
    ("compare", ["compare", "good.yaml", "good.yaml", "--replications", "2", "--quiet", "--xlsx"]),
    (
      "sweep",
      ["sweep", "good.yaml", "--set", "nodes.review.servers=1...2", "--replications", "2", "--quiet", "--xlsx"]
    ),
    (
      "plan",
      [
        "plan", "good.yaml", "--vary", "nodes.desk.servers", "--target", "node.desk.wait.mean<=1", "--replications",
        "2", "--quiet", "--xlsx",
      ]
    ),
    ("population", ["population", "--area", OutputSafetyTests.areaPath, "--xlsx"]),
  ]

  /// A workspace holding the small network scenario.
  func workspace() throws -> Workspace {
    let space = try Workspace()
    try space.write(goodScenario, to: "good.yaml")
    return space
  }

  /// An executable shell script in the workspace standing in for Python.
  func fakePython(_ body: String, in space: Workspace) throws -> String {
    let path = try space.write("#!/bin/sh\n\(body)\n", to: "bin/python")
    try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: path)
    return path
  }

  @Test("No Python at STEPWELL_PYTHON: exit 2, what to install, nothing written", arguments: [0, 1, 2, 3, 4])
  func missingPython(command index: Int) throws {
    let command = WorkbookCLITests.commands[index]
    let space = try workspace()
    defer { space.cleanUp() }
    let outcome = try CLI.run(
      command.arguments + ["--out", "out"], in: space.root, environment: ["STEPWELL_PYTHON": "/nonexistent"])
    #expect(outcome.status == 2, "\(command.name): \(outcome.stderr)")
    #expect(outcome.errorLines.count == 1, "\(command.name): \(outcome.stderr)")
    let message = outcome.stderr
    #expect(message.contains("--xlsx") && message.contains("openpyxl") && message.contains("/nonexistent"))
    #expect(message.contains("make notebooks") && message.contains("pip install openpyxl"))
    #expect(outcome.stdout.isEmpty, "\(command.name) ran before refusing")
    #expect(try space.contents() == ["good.yaml"], "\(command.name) wrote something")
  }

  @Test("A Python without openpyxl is named as such")
  func withoutOpenpyxl() throws {
    let space = try workspace()
    defer { space.cleanUp() }
    let python = try fakePython("exit 1", in: space)
    let outcome = try CLI.run(
      WorkbookCLITests.commands[0].arguments + ["--out", "out"], in: space.root,
      environment: ["STEPWELL_PYTHON": python])
    #expect(outcome.status == 2, "\(outcome.stderr)")
    #expect(outcome.stderr.contains("\(python) (no openpyxl)"), "\(outcome.stderr)")
    #expect(!space.exists("out"))
  }

  @Test("A writer that fails: exit 1 with its stderr; an earlier output stays as it was")
  func failingWriter() throws {
    let space = try workspace()
    defer { space.cleanUp() }
    let python = try fakePython(
      #"if [ "$2" = "import openpyxl" ]; then exit 0; fi; echo "Traceback: no room on the disk" >&2; exit 1"#,
      in: space)
    let first = try space.run(["run", "good.yaml", "--replications", "2", "--quiet", "--out", "out"])
    #expect(first.status == 0, "\(first.stderr)")
    let before = try space.read("out/metrics.csv")
    let outcome = try CLI.run(
      ["run", "good.yaml", "--replications", "3", "--quiet", "--xlsx", "--out", "out"], in: space.root,
      environment: ["STEPWELL_PYTHON": python])
    #expect(outcome.status == 1, "\(outcome.stderr)")
    #expect(outcome.stderr.contains("Traceback: no room on the disk"), "\(outcome.stderr)")
    #expect(try space.read("out/metrics.csv") == before)
    #expect(!space.exists("out/out.xlsx"))
    #expect(try space.contents() == ["bin", "good.yaml", "out"], "a staging folder was left")
  }

  @Test("Without --xlsx no Python is looked for")
  func flagOff() throws {
    let space = try workspace()
    defer { space.cleanUp() }
    let outcome = try CLI.run(
      ["run", "good.yaml", "--replications", "2", "--quiet", "--out", "out"], in: space.root,
      environment: ["STEPWELL_PYTHON": "/nonexistent"])
    #expect(outcome.status == 0, "\(outcome.stderr)")
    #expect(try space.contents("out").allSatisfy { !$0.hasSuffix(".xlsx") })
  }
}
