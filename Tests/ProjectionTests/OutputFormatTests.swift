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

  @Test("files appear only on commit, and replace an earlier folder")
  func commit() throws {
    let destination = temporaryFolder().appendingPathComponent("run")
    let first = try OutputFolder(destination: destination)
    try first.write("one\n", to: "a.txt")
    #expect(!FileManager.default.fileExists(atPath: destination.path))
    try first.commit()
    #expect(try String(contentsOf: destination.appendingPathComponent("a.txt"), encoding: .utf8) == "one\n")
    let second = try OutputFolder(destination: destination)
    try second.write("two\n", to: "b.txt")
    try second.commit()
    let names = try FileManager.default.contentsOfDirectory(atPath: destination.path)
    #expect(names == ["b.txt"])
    let siblings = try FileManager.default.contentsOfDirectory(
      atPath: destination.deletingLastPathComponent().path)
    #expect(siblings == ["run"])
  }

  @Test("a discarded folder leaves nothing behind")
  func discard() throws {
    let parent = temporaryFolder()
    let folder = try OutputFolder(destination: parent.appendingPathComponent("run"))
    try folder.write("x", to: "a.txt")
    folder.discard()
    #expect(try FileManager.default.contentsOfDirectory(atPath: parent.path).isEmpty)
  }
}
