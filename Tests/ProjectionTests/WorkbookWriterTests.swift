import Foundation
import Testing

@testable import Projection

/// Where `--xlsx` looks for Python, and how the workbook joins the atomic write of a folder.
@Suite("Workbook writer")
struct WorkbookWriterTests {
  /// A fresh temporary folder.
  func temporaryFolder() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("stepwell-workbook-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  /// An executable shell script at `url` with `body` after the `#!/bin/sh` line.
  func script(_ body: String, at url: URL) throws -> URL {
    try Data("#!/bin/sh\n\(body)\n".utf8).write(to: url)
    try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: url.path)
    return url
  }

  @Test("STEPWELL_PYTHON is the only candidate when set; an empty value counts as unset")
  func overrideOnly() {
    let search = PythonSearch(
      override: "/opt/python/bin/python3", executablePaths: ["/repo/.build/release/stepwell"],
      workingDirectory: "/work", searchPath: [])
    #expect(search.candidates == ["/opt/python/bin/python3"])
    let relative = PythonSearch(
      override: "env/bin/python", executablePaths: [], workingDirectory: "/work", searchPath: [])
    #expect(relative.candidates == ["/work/env/bin/python"])
    let empty = PythonSearch(override: "", executablePaths: [], workingDirectory: "/work", searchPath: [])
    #expect(empty.candidates == ["/work/.venv/bin/python"])
  }

  @Test("Without STEPWELL_PYTHON: the repository's .venv beside .build, the working folder's, then python3")
  func order() throws {
    let bin = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: bin) }
    let python3 = try script("exit 0", at: bin.appendingPathComponent("python3"))
    let search = PythonSearch(
      override: nil,
      executablePaths: [
        "/repo/.build/release/stepwell", "/repo/.build/x86_64-unknown-linux-gnu/release/stepwell",
        "/usr/local/bin/stepwell",
      ],
      workingDirectory: "/work", searchPath: ["/no/such/folder", bin.path])
    #expect(search.candidates == ["/repo/.venv/bin/python", "/work/.venv/bin/python", python3.path])
  }

  @Test("No usable Python: one message naming what was tried and what to install")
  func unavailable() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let withoutOpenpyxl = try script("exit 1", at: folder.appendingPathComponent("python"))
    let search = PythonSearch(
      override: withoutOpenpyxl.path, executablePaths: [], workingDirectory: folder.path, searchPath: [])
    let error = #expect(throws: WorkbookUnavailable.self) { try WorkbookWriter.locate(search: search) }
    let message = error?.description ?? ""
    #expect(message.contains("\(withoutOpenpyxl.path) (no openpyxl)"))
    #expect(message.contains("make notebooks") && message.contains("pip install openpyxl"))
    #expect(!message.contains("\n"))
    let missing = PythonSearch(override: "/no/such/python", executablePaths: [], workingDirectory: "/", searchPath: [])
    #expect(throws: WorkbookUnavailable.self) { try WorkbookWriter.locate(search: missing) }
  }

  @Test("The workbook is written in the staging folder after the data dictionary, which lists it")
  func writtenInsideTheMove() throws {
    let root = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: root) }
    let python = try script(
      #"test "$1" = -c && cp "$3/data-dictionary.csv" "$4""#, at: root.appendingPathComponent("py"))
    let destination = root.appendingPathComponent("out/my-run")
    let folder = try OutputFolder(destination: destination, kind: .run, workbook: WorkbookWriter(python: python))
    try folder.write("metric,mean,ci_low,ci_high,replications\ndna.rate,0.04,,,1\n", to: "metrics.csv")
    try folder.commit()
    let workbook = try String(contentsOf: destination.appendingPathComponent("my-run.xlsx"), encoding: .utf8)
    #expect(workbook.contains("\nmy-run.xlsx,,file,\"With --xlsx:"))
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: destination.path).sorted() == [
        "data-dictionary.csv", "metrics.csv", "my-run.xlsx",
      ])
  }

  @Test("A failing writer: its stderr is reported and nothing moves into place")
  func failure() throws {
    let root = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: root) }
    let python = try script("echo 'Traceback: the disk is full' >&2; exit 3", at: root.appendingPathComponent("py"))
    let destination = root.appendingPathComponent("my-run")
    let folder = try OutputFolder(destination: destination, kind: .run, workbook: WorkbookWriter(python: python))
    try folder.write("metric,mean,ci_low,ci_high,replications\n", to: "metrics.csv")
    let error = #expect(throws: WorkbookFailure.self) { try folder.commit() }
    folder.discard()
    #expect(error?.description.contains("exited with status 3") == true)
    #expect(error?.description.contains("Traceback: the disk is full") == true)
    #expect(try FileManager.default.contentsOfDirectory(atPath: root.path) == ["py"])
  }

  @Test("An earlier output holding its own workbook is replaceable; another workbook is not")
  func recognition() throws {
    let root = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: root) }
    let folder = root.appendingPathComponent("my-run")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    try Data(#"{"stepwell_version": "0.1.0", "output_of": "run"}"#.utf8)
      .write(to: folder.appendingPathComponent("manifest.json"))
    try Data().write(to: folder.appendingPathComponent("my-run.xlsx"))
    #expect(OutputRecognition.problem(at: folder, kind: .run) == nil)
    try Data().write(to: folder.appendingPathComponent("other.xlsx"))
    #expect(OutputRecognition.problem(at: folder, kind: .run) == "holds other.xlsx, which Stepwell did not write")
  }
}
