import Foundation
import Testing

@testable import StepwellMetrics

/// The recorded outputs of every ready scenario and command (`Tests/Golden/`) hold no file,
/// column or metric the catalogues do not know. `GoldenFileTests` keeps those recordings equal to
/// what the tool writes, so a new metric or column fails here until it is catalogued.
@Suite("Catalogue covers every recorded output")
struct GoldenCoverageTests {
  static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()
  static let goldenRoot = packageRoot.appendingPathComponent("Tests/Golden")

  /// Every folder under `Tests/Golden` that holds files, with the files' names.
  static func folders() throws -> [(folder: URL, files: [String])] {
    let manager = FileManager.default
    guard let enumerator = manager.enumerator(atPath: goldenRoot.path) else { return [] }
    var byFolder: [String: [String]] = [:]
    while let path = enumerator.nextObject() as? String {
      var isFolder: ObjCBool = false
      _ = manager.fileExists(atPath: goldenRoot.appendingPathComponent(path).path, isDirectory: &isFolder)
      guard !isFolder.boolValue else { continue }
      byFolder[(path as NSString).deletingLastPathComponent, default: []].append((path as NSString).lastPathComponent)
    }
    return byFolder.keys.sorted().map { (goldenRoot.appendingPathComponent($0), byFolder[$0]!.sorted()) }
  }

  @Test("every recorded file, column and metric is catalogued")
  func covered() throws {
    let folders = try GoldenCoverageTests.folders()
    #expect(folders.count >= 15, "the golden files are missing")
    var kinds = Set<String>()
    for (folder, files) in folders {
      var dictionary = DataDictionary()
      for name in files {
        kinds.insert(name)
        if name.hasSuffix(".csv") {
          let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
          dictionary.addTable(name, lines: text.split(separator: "\n"))
        } else {
          dictionary.addFile(name)
        }
      }
      #expect(dictionary.unknown.isEmpty, "\(folder.lastPathComponent): \(dictionary.unknown)")
      #expect(dictionary.rows.allSatisfy { !$0.unit.isEmpty && !$0.definition.isEmpty })
    }
    for name in ["metrics.csv", "projection.csv", "costs.csv", "breakdown.csv", "timeseries.csv", "sweep.csv"] {
      #expect(kinds.contains(name), "no recorded \(name)")
    }
  }

  @Test("every metric family the catalogue lists for care and networks appears in a recording")
  func noStaleEntries() throws {
    var seen: [MetricScope: Set<String>] = [:]
    for (folder, files) in try GoldenCoverageTests.folders() {
      for name in files where name.hasSuffix(".csv") {
        guard let (column, scope) = OutputCatalogue.file(name)?.metricColumn else { continue }
        let lines = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8).split(separator: "\n")
        guard let position = lines.first.map(CSVFields.split)?.firstIndex(of: column) else { continue }
        for line in lines.dropFirst() {
          let cell = CSVFields.split(line)[position]
          if let found = MetricCatalogue.definition(of: cell, in: scope, file: name) {
            seen[found.scope, default: []].insert(found.name)
          }
        }
      }
    }
    for definition in MetricCatalogue.definitions {
      #expect(seen[definition.scope]?.contains(definition.name) == true, "\(definition.name) is never written")
    }
  }
}
