import Foundation
import Testing

@testable import Projection

@Suite("Data dictionary written by OutputFolder")
struct OutputFolderDictionaryTests {
  func destination() -> URL {
    FileManager.default.temporaryDirectory.appendingPathComponent("stepwell-dict-\(UUID().uuidString)/run")
  }

  @Test("commit describes every file written, in order, its columns and its metrics")
  func describesFiles() throws {
    let destination = destination()
    defer { try? FileManager.default.removeItem(at: destination.deletingLastPathComponent()) }
    let folder = try OutputFolder(destination: destination, kind: .run)
    try folder.write("metric,mean,ci_low,ci_high,replications\ndna.rate,0.04,,,1\n", to: "metrics.csv")
    try folder.write("{}\n", to: "summary.json")
    try folder.stream(to: "records.csv") {
      try $0.write("replication,customer,entered,left,outcome,visits,total_wait\n")
    }
    try folder.commit()
    let text = try String(contentsOf: destination.appendingPathComponent("data-dictionary.csv"), encoding: .utf8)
    let rows = text.split(separator: "\n").map {
      $0.split(separator: ",", maxSplits: 2, omittingEmptySubsequences: false).prefix(2).joined(separator: ",")
    }
    #expect(rows.first == "file,column_or_metric")
    #expect(
      Array(rows[1...7]) == [
        "metrics.csv,metric", "metrics.csv,mean", "metrics.csv,ci_low", "metrics.csv,ci_high",
        "metrics.csv,replications", "metrics.csv,dna.rate", "summary.json,",
      ])
    #expect(rows.contains("records.csv,total_wait"))
    #expect(rows.last == "data-dictionary.csv,definition")
    #expect(text.contains("\nmetrics.csv,dna.rate,share,"))
  }

  @Test("an unknown metric gets a row with an empty unit, so checks can find it")
  func unknownMetric() throws {
    let destination = destination()
    defer { try? FileManager.default.removeItem(at: destination.deletingLastPathComponent()) }
    let folder = try OutputFolder(destination: destination, kind: .run)
    try folder.write("metric,mean,ci_low,ci_high,replications\nno.such.metric,1,,,1\n", to: "metrics.csv")
    try folder.commit()
    let text = try String(contentsOf: destination.appendingPathComponent("data-dictionary.csv"), encoding: .utf8)
    #expect(text.contains("\nmetrics.csv,no.such.metric,,\n"))
  }
}
