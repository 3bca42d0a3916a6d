import Foundation
import Testing

/// Every output folder holds a `data-dictionary.csv` naming every file, column and metric in it
/// with a unit and a definition, byte-identical whatever the thread count.
@Suite("Data dictionary of every output folder")
struct DataDictionaryCLITests {
  static let small = ["--replications", "2", "--horizon", "2y", "--quiet"]
  static let network = ["--replications", "2", "--horizon", "1000", "--set", "warmup=100", "--quiet"]

  static let cases: [GoldenFileTests.Case] = [
    .init(name: "run care", arguments: ["run", "Scenarios/teaching/one-step.yaml"] + small),
    .init(
      name: "run network with records", arguments: ["run", "Scenarios/queueing/mmc-clinic.yaml", "--records"] + network),
    .init(
      name: "compare care",
      arguments: ["compare", "Scenarios/sandwell-standard-2009.yaml", "Scenarios/sandwell-hub.yaml"] + small),
    .init(
      name: "sweep network",
      arguments: ["sweep", "Scenarios/queueing/mmc-clinic.yaml", "--set", "nodes.clinic.servers=9...10"] + network),
    .init(name: "population with records", arguments: ["population", "--area", "sandwell", "--records"]),
  ]

  /// The columns whose cells name metrics, series, cost categories or net-impact parts.
  static let metricColumns: Set<String> = ["metric", "series", "category", "component"]

  /// The fields of a CSV line (quoted fields may hold commas and doubled quotes).
  static func fields(_ line: Substring) -> [String] {
    var fields: [String] = []
    var field = ""
    var quoted = false
    var index = line.startIndex
    while index < line.endIndex {
      let character = line[index]
      index = line.index(after: index)
      if quoted && character == "\"" && index < line.endIndex && line[index] == "\"" {
        field.append("\"")
        index = line.index(after: index)
      } else if character == "\"" {
        quoted.toggle()
      } else if character == "," && !quoted {
        fields.append(field)
        field = ""
      } else {
        field.append(character)
      }
    }
    return fields + [field]
  }

  /// Checks one folder's dictionary against the files beside it.
  static func check(_ folder: URL, in label: String) throws {
    let dictionary = try String(contentsOf: folder.appendingPathComponent("data-dictionary.csv"), encoding: .utf8)
    let lines = dictionary.split(separator: "\n")
    #expect(lines.first == "file,column_or_metric,unit,definition", "\(label)")
    let rows = lines.dropFirst().map(fields)
    #expect(rows.allSatisfy { $0.count == 4 && !$0[2].isEmpty && !$0[3].isEmpty }, "\(label): a row lacks a unit")
    let named = Set(rows.map { "\($0[0])|\($0[1])" })
    let files = try FileManager.default.contentsOfDirectory(atPath: folder.path)
    for file in files where !file.hasPrefix(".") {
      var isFolder: ObjCBool = false
      _ = FileManager.default.fileExists(atPath: folder.appendingPathComponent(file).path, isDirectory: &isFolder)
      if isFolder.boolValue {
        #expect(named.contains("\(file)/|"), "\(label): folder \(file) is not in the data dictionary")
        try check(folder.appendingPathComponent(file), in: label + "/" + file)
        continue
      }
      guard file.hasSuffix(".csv") else {
        #expect(named.contains("\(file)|"), "\(label): \(file) is not in the data dictionary")
        continue
      }
      let table = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8).split(separator: "\n")
      let header = table.first.map(fields) ?? []
      for column in header { #expect(named.contains("\(file)|\(column)"), "\(label): \(file) column \(column)") }
      for (position, column) in header.enumerated() where metricColumns.contains(column) && file != "records.csv" {
        for cell in Set(table.dropFirst().map { fields($0)[position] }) {
          #expect(named.contains("\(file)|\(cell)"), "\(label): \(file) \(column) \(cell)")
        }
      }
    }
  }

  @Test("every folder's dictionary names every file, column and metric with a unit", arguments: cases)
  func complete(_ command: GoldenFileTests.Case) throws {
    let space = try Workspace()
    defer { space.cleanUp() }
    let out = space.root.appendingPathComponent("out")
    let outcome = try CLI.run(command.arguments + ["--out", out.path], in: CLI.packageRoot)
    try #require(outcome.status == 0, "\(command.name): \(outcome.stderr)")
    try DataDictionaryCLITests.check(out, in: command.name)
  }

  @Test("the dictionary is byte-identical whatever the thread count")
  func threads() throws {
    let space = try Workspace()
    defer { space.cleanUp() }
    var texts: [String] = []
    for threads in ["1", "2"] {
      let out = space.root.appendingPathComponent("t\(threads)")
      let scenario = "Scenarios/teaching/one-step.yaml"
      let arguments = ["compare", scenario, scenario] + DataDictionaryCLITests.small
      let outcome = try CLI.run(arguments + ["--threads", threads, "--out", out.path], in: CLI.packageRoot)
      try #require(outcome.status == 0, "\(outcome.stderr)")
      for name in ["data-dictionary.csv", "base/data-dictionary.csv", "alt/data-dictionary.csv"] {
        texts.append(try String(contentsOf: out.appendingPathComponent(name), encoding: .utf8))
      }
    }
    #expect(texts[0..<3] == texts[3..<6])
  }
}
