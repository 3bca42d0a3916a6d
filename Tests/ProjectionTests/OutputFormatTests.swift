import Foundation
import Projection
import Testing

@Suite("Output formats")
struct OutputFormatTests {
  @Test("numbers use ten significant digits and empty cells for no value")
  func numbers() {
    #expect(NumberFormat.csv(1.0 / 3.0) == "0.3333333333")
    #expect(NumberFormat.csv(1_000_000) == "1000000")
    #expect(NumberFormat.csv(0) == "0")
    #expect(NumberFormat.csv(nil) == "")
    #expect(NumberFormat.csv(.nan) == "")
    #expect(NumberFormat.json(nil) == "null")
  }

  @Test("CSV cells with commas or quotes are quoted")
  func csvQuoting() {
    var table = CSVTable(columns: ["a", "b"])
    table.append(["x,y", "say \"hi\""])
    #expect(table.text == "a,b\n\"x,y\",\"say \"\"hi\"\"\"\n")
  }

  @Test("JSON keeps key order and escapes text")
  func json() {
    let value = JSONValue.object([
      ("b", .number(2)), ("a", .string("line\n\"q\"")), ("c", .array([.bool(true), .null])),
    ])
    let expected = """
      {
        "b": 2,
        "a": "line\\n\\"q\\"",
        "c": [
          true,
          null
        ]
      }

      """
    #expect(value.rendered() == expected)
  }
}

@Suite("Atomic output folder")
struct OutputFolderTests {
  func temporaryFolder() -> URL {
    FileManager.default.temporaryDirectory.appendingPathComponent("stepwell-out-\(UUID().uuidString)")
  }

  /// A manifest that marks a folder as the output of `stepwell sweep`.
  let manifest = "{\"stepwell_version\": \"0.1.0\", \"output_of\": \"sweep\"}\n"

  @Test("files appear only on commit, and replace an earlier output of the same command")
  func commit() throws {
    let destination = temporaryFolder().appendingPathComponent("run")
    let first = try OutputFolder(destination: destination, kind: .sweep)
    try first.write("one\n", to: "sweep.csv")
    try first.write(manifest, to: "manifest.json")
    #expect(!FileManager.default.fileExists(atPath: destination.path))
    try first.commit()
    #expect(try String(contentsOf: destination.appendingPathComponent("sweep.csv"), encoding: .utf8) == "one\n")
    let second = try OutputFolder(destination: destination, kind: .sweep)
    try second.write("two\n", to: "sweep.svg")
    try second.commit()
    let names = try FileManager.default.contentsOfDirectory(atPath: destination.path)
    #expect(names.sorted() == ["data-dictionary.csv", "sweep.svg"])
    let siblings = try FileManager.default.contentsOfDirectory(
      atPath: destination.deletingLastPathComponent().path)
    #expect(siblings == ["run"])
  }

  @Test("a folder that appeared while the command ran, not its output, is left alone")
  func commitRefusesForeignFolder() throws {
    let destination = temporaryFolder().appendingPathComponent("run")
    let folder = try OutputFolder(destination: destination, kind: .run)
    try folder.write("new\n", to: "metrics.csv")
    try FileManager.default.createDirectory(at: destination, withIntermediateDirectories: true)
    try Data("mine\n".utf8).write(to: destination.appendingPathComponent("notes.txt"))
    #expect(throws: OutputRefusal.self) { try folder.commit() }
    folder.discard()
    #expect(try FileManager.default.contentsOfDirectory(atPath: destination.path) == ["notes.txt"])
    let siblings = try FileManager.default.contentsOfDirectory(
      atPath: destination.deletingLastPathComponent().path)
    #expect(siblings == ["run"])
  }

  @Test("a streamed file larger than the buffer is written whole")
  func streamed() throws {
    let parent = temporaryFolder()
    let folder = try OutputFolder(destination: parent.appendingPathComponent("run"), kind: .run)
    let line = String(repeating: "x", count: 999) + "\n"
    try folder.stream(to: "records.csv") { sink in
      for _ in 0..<300 { try sink.write(line) }
    }
    try folder.commit()
    let data = try Data(contentsOf: parent.appendingPathComponent("run/records.csv"))
    #expect(data.count == 300_000)
    #expect(data == Data(String(repeating: line, count: 300).utf8))
  }

  @Test("a discarded folder leaves nothing behind")
  func discard() throws {
    let parent = temporaryFolder()
    let folder = try OutputFolder(destination: parent.appendingPathComponent("run"), kind: .run)
    try folder.write("x", to: "metrics.csv")
    folder.discard()
    #expect(try FileManager.default.contentsOfDirectory(atPath: parent.path).isEmpty)
  }
}
