import Foundation
import Testing

/// Every ready scenario and every command at a small size, compared byte for byte with the files
/// recorded under `Tests/Golden/<case>/` (all but `manifest.json`, which holds times and threads,
/// and `data-dictionary.csv`, which `DataDictionaryCLITests` checks).
///
/// `STEPWELL_RECORD_GOLDEN=1 swift test --filter GoldenFileTests` rewrites the recorded files and
/// fails, so a recording can never pass as a check.
@Suite("Golden files")
struct GoldenFileTests {
  /// One command line and the folder its outputs are recorded in.
  struct Case: Sendable, CustomTestStringConvertible {
    let name: String
    let arguments: [String]
    var testDescription: String { name }
  }

  /// Small sizes: two replications, a two-year care horizon (one year of warm-up), short networks.
  static let careSize = ["--replications", "2", "--horizon", "2y", "--quiet"]

  static let cases: [Case] = [
    Case(name: "run-sandwell-standard-2009", arguments: ["run", "Scenarios/sandwell-standard-2009.yaml"] + careSize),
    Case(name: "run-sandwell-hub", arguments: ["run", "Scenarios/sandwell-hub.yaml"] + careSize),
    Case(
      name: "run-sandwell-hub-no-callbacks", arguments: ["run", "Scenarios/sandwell-hub-no-callbacks.yaml"] + careSize),
    Case(
      name: "run-sandwell-hub-step3-plus2", arguments: ["run", "Scenarios/sandwell-hub-step3-plus2.yaml"] + careSize),
    Case(name: "run-ipswich-iwa", arguments: ["run", "Scenarios/ipswich-iwa.yaml"] + careSize),
    Case(name: "run-teaching-one-step", arguments: ["run", "Scenarios/teaching/one-step.yaml"] + careSize),
    Case(
      name: "run-mmc-clinic",
      arguments: [
        "run", "Scenarios/queueing/mmc-clinic.yaml", "--replications", "2", "--horizon", "2000", "--set",
        "warmup=200", "--quiet",
      ]),
    Case(
      name: "run-stepped-care-network",
      arguments: [
        "run", "Scenarios/queueing/stepped-care-network.yaml", "--replications", "2", "--horizon", "5000", "--set",
        "warmup=500", "--quiet",
      ]),
    Case(
      name: "run-bench-mm10",
      arguments: [
        "run", "Scenarios/queueing/bench-mm10.yaml", "--replications", "2", "--horizon", "2000", "--set",
        "warmup=100", "--quiet",
      ]),
    Case(
      name: "compare-2009-vs-hub",
      arguments: ["compare", "Scenarios/sandwell-standard-2009.yaml", "Scenarios/sandwell-hub.yaml"] + careSize),
    Case(
      name: "compare-mmc-clinic-self",
      arguments: [
        "compare", "Scenarios/queueing/mmc-clinic.yaml", "Scenarios/queueing/mmc-clinic.yaml", "--replications", "2",
        "--horizon", "2000", "--set", "warmup=200", "--quiet",
      ]),
    Case(
      name: "sweep-hub-step3",
      arguments: ["sweep", "Scenarios/sandwell-hub.yaml", "--set", "services.step3.wte=20...26:6"] + careSize),
    Case(
      name: "sweep-mmc-clinic",
      arguments: [
        "sweep", "Scenarios/queueing/mmc-clinic.yaml", "--set", "nodes.clinic.servers=9...11", "--replications",
        "2", "--horizon", "2000", "--set", "warmup=200", "--quiet",
      ]),
    Case(name: "population-sandwell", arguments: ["population", "--area", "sandwell", "--seed", "4"]),
    Case(
      name: "population-ipswich",
      arguments: ["population", "Scenarios/ipswich-iwa.yaml"]),
  ]

  /// Where the recorded files live.
  static let goldenRoot = CLI.packageRoot.appendingPathComponent("Tests/Golden")

  /// Every file below `folder` (relative paths, sorted), except `manifest.json` and
  /// `data-dictionary.csv` files.
  static func files(below folder: URL) throws -> [String] {
    guard let enumerator = FileManager.default.enumerator(atPath: folder.path) else { return [] }
    var names: [String] = []
    while let path = enumerator.nextObject() as? String {
      var isFolder: ObjCBool = false
      FileManager.default.fileExists(atPath: folder.appendingPathComponent(path).path, isDirectory: &isFolder)
      let ignored = path.hasSuffix("manifest.json") || path.hasSuffix("data-dictionary.csv")
      if !isFolder.boolValue && !ignored { names.append(path) }
    }
    return names.sorted()
  }

  @Test("Outputs are byte-identical to the recorded golden files", arguments: cases)
  func golden(_ golden: Case) throws {
    let space = try Workspace()
    defer { space.cleanUp() }
    let out = space.root.appendingPathComponent("out")
    let outcome = try CLI.run(golden.arguments + ["--out", out.path], in: CLI.packageRoot)
    try #require(outcome.status == 0, "\(golden.name): \(outcome.stderr)")
    let recorded = GoldenFileTests.goldenRoot.appendingPathComponent(golden.name)
    let written = try GoldenFileTests.files(below: out)
    if ProcessInfo.processInfo.environment["STEPWELL_RECORD_GOLDEN"] == "1" {
      try? FileManager.default.removeItem(at: recorded)
      for name in written {
        let target = recorded.appendingPathComponent(name)
        try FileManager.default.createDirectory(
          at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: out.appendingPathComponent(name), to: target)
      }
      Issue.record(
        "recorded \(written.count) golden files for \(golden.name); run again without STEPWELL_RECORD_GOLDEN")
      return
    }
    #expect(written == (try GoldenFileTests.files(below: recorded)), "\(golden.name): the set of files changed")
    for name in written {
      let new = try Data(contentsOf: out.appendingPathComponent(name))
      let old = try? Data(contentsOf: recorded.appendingPathComponent(name))
      #expect(new == old, "\(golden.name)/\(name) differs from the recorded golden file")
    }
  }
}
