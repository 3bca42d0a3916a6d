import Foundation
import Projection
import Testing

@Suite("Items folder")
struct ItemStoreTests {
  /// A fresh items folder path (not created) in a temporary folder removed by the caller.
  static func folder() -> URL {
    FileManager.default.temporaryDirectory.appendingPathComponent("stepwell-items-\(UUID().uuidString)")
  }

  @Test("a result reads back bit for bit: awkward decimals, a subnormal, NaN and both infinities")
  func roundTrip() throws {
    let root = ItemStoreTests.folder()
    defer { try? FileManager.default.removeItem(at: root) }
    let store = try ItemStore(folder: root.appendingPathComponent("items"), fingerprint: "a\n")
    let values = [
      0.1 + 0.2, 1.0 / 3.0, .leastNonzeroMagnitude, -0.0, .pi * 1e300, .nan, .infinity, -.infinity,
      123_456_789.123_456_78,
    ]
    let summaries = [
      MetricSummary(name: "m", values: [0.1, 0.7, 1.3]),
      MetricSummary(name: "one", values: [2]),
      MetricSummary(name: "ratio", mean: .nan, ciLow: nil, ciHigh: .infinity, replications: 4),
    ]
    #expect(try store.save(values, id: "values"))
    #expect(try store.save(summaries, id: "summaries"))
    let read = try #require(try store.result([Double].self, id: "values"))
    #expect(read.map(\.bitPattern) == values.map(\.bitPattern))
    let again = try #require(try store.result([MetricSummary].self, id: "summaries"))
    #expect(again.map(\.mean.bitPattern) == summaries.map(\.mean.bitPattern))
    #expect(again.map(\.sd.bitPattern) == summaries.map(\.sd.bitPattern))
    #expect(again.map(\.ciLow) == summaries.map(\.ciLow) && again.map(\.ciHigh) == summaries.map(\.ciHigh))
    #expect(try FileManager.default.contentsOfDirectory(atPath: store.folder.path).sorted() == ["summaries", "values"])
  }

  @Test("an item present is kept; another command's item is refused naming its folder; missing IDs are listed")
  func fingerprints() throws {
    let root = ItemStoreTests.folder()
    defer { try? FileManager.default.removeItem(at: root) }
    let store = try ItemStore(folder: root, fingerprint: "command one\n")
    #expect(try store.save([1.0], id: "draw-0001"))
    #expect(try !store.save([2.0], id: "draw-0001"), "a second write of a present item")
    #expect(try store.result([Double].self, id: "draw-0001") == [1.0])
    #expect(try store.missing(["draw-0001", "draw-0002"]) == ["draw-0002"])
    let other = try ItemStore(folder: root, fingerprint: "command two\n")
    let folder = root.appendingPathComponent("draw-0001").path
    #expect(throws: ShardError.fingerprintMismatch(folder: folder)) { try other.contains("draw-0001") }
    #expect(throws: ShardError.fingerprintMismatch(folder: folder)) { try other.save([3.0], id: "draw-0001") }
    #expect(try FileManager.default.contentsOfDirectory(atPath: root.path) == ["draw-0001"])
  }

  @Test("an items folder path that is a file is refused")
  func fileRefused() throws {
    let root = ItemStoreTests.folder()
    defer { try? FileManager.default.removeItem(at: root) }
    try Data("x".utf8).write(to: root)
    #expect(throws: ShardError.self) { try ItemStore(folder: root, fingerprint: "") }
  }

  @Test("IDs count from 0001 and grow past four digits")
  func numbers() {
    #expect(WorkItem.number(1) == "0001")
    #expect(WorkItem.number(17) == "0017")
    #expect(WorkItem.number(12_345) == "12345")
  }
}
