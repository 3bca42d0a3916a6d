import Foundation
import Testing

/// Work items of `sweep`, `psa` and `plan`: items run in separate processes and merged give the
/// files of a plain run byte for byte (all but manifest.json); resume runs only missing items;
/// merging with a missing item, or an item of another command, is refused with exit code 2.
@Suite("stepwell work items", .serialized)
struct ShardCLITests {
  /// Every file of an output folder but manifest.json, by name.
  static func files(_ space: Workspace, _ folder: String) throws -> [String: String] {
    var result: [String: String] = [:]
    for name in try space.contents(folder) where name != "manifest.json" {
      result[name] = try space.read("\(folder)/\(name)")
    }
    return result
  }

  /// The IDs `--list-items` prints.
  static func ids(_ outcome: CLI.Outcome) -> [String] {
    outcome.stdout.split(separator: "\n").map { String($0.split(separator: "\t").first ?? "") }
  }

  /// A result.json with its wall-clock seconds (which only manifest.json uses) taken out.
  static func withoutWallTime(_ text: String) -> String {
    text.replacing(/"wallSeconds":[-+0-9.eE]+,?/, with: "")
  }

  static let sweep = [
    "sweep", readyScenario("queueing/mmc-clinic.yaml"), "--set", "nodes.clinic.servers=3...6", "--replications", "3",
    "--horizon", "1500", "--set", "warmup=150", "--quiet",
  ]

  static let psa = ["psa", "clinic.yaml", "--draws", "5", "--replications", "2", "--quiet"]

  static let plan = [
    "plan", readyScenario("queueing/mmc-clinic.yaml"), "--vary", "nodes.clinic.servers", "--target",
    "node.clinic.wait.mean<=0.6", "--replications", "6", "--horizon", "1500", "--set", "warmup=150", "--confidence",
    "0.5", "--quiet",
  ]

  /// Runs `command` plain into `plain/`, lists its items, runs them in two disjoint subsets (two
  /// processes) into `merged.items/`, merges into `merged/` and checks the files match.
  func splitAndMerge(_ space: Workspace, _ command: [String], expected: [String]) throws {
    let plain = try space.run(command + ["--out", "plain"])
    #expect(plain.status == 0, "\(plain.stderr)")
    let listed = try space.run(command + ["--out", "merged", "--list-items"])
    #expect(listed.status == 0, "\(listed.stderr)")
    let ids = ShardCLITests.ids(listed)
    #expect(ids == expected)
    #expect(try space.run(command + ["--out", "merged", "--list-items"]).stdout == listed.stdout)
    #expect(!space.exists("merged") && !space.exists("merged.items"))
    let halves = [ids.enumerated().filter { $0.offset % 2 == 0 }, ids.enumerated().filter { $0.offset % 2 == 1 }]
    for half in halves {
      let ran = try space.run(command + ["--out", "merged", "--items", half.map(\.element).joined(separator: ",")])
      #expect(ran.status == 0, "\(ran.stderr)")
      #expect(ran.stdout.contains("Ran \(half.count) item"), "\(ran.stdout)")
    }
    #expect(!space.exists("merged"), "--items wrote the merged folder")
    #expect(try space.contents("merged.items") == ids.sorted())
    for id in ids {
      #expect(try space.contents("merged.items/\(id)") == ["fingerprint.txt", "result.json"])
    }
    let merged = try space.run(command + ["--out", "merged", "--merge"])
    #expect(merged.status == 0, "\(merged.stderr)")
    #expect(try ShardCLITests.files(space, "merged") == ShardCLITests.files(space, "plain"))
    #expect(try space.contents("merged.items") == ids.sorted(), "merging removed item folders")
  }

  /// Removes one item, resumes (one item runs), then checks a merge with a missing item and an
  /// item of another command are refused.
  func resumeAndRefuse(_ space: Workspace, _ command: [String], removing id: String, changed: [String]) throws {
    try FileManager.default.removeItem(atPath: space.path("merged.items/\(id)"))
    let resumed = try space.run(command + ["--out", "resumed", "--items-dir", "merged.items", "--resume"])
    #expect(resumed.status == 0, "\(resumed.stderr)")
    #expect(resumed.stdout.contains("Ran 1 item into"), "\(resumed.stdout)")
    #expect(try ShardCLITests.files(space, "resumed") == ShardCLITests.files(space, "plain"))
    try FileManager.default.removeItem(atPath: space.path("merged.items/\(id)"))
    let missing = try space.run(command + ["--out", "refused", "--items-dir", "merged.items", "--merge"])
    #expect(missing.status == 2, "\(missing.stderr)")
    #expect(missing.errorLines.count == 1 && missing.stderr.contains(id), "\(missing.stderr)")
    #expect(!space.exists("refused"))
    let other = try space.run(command + changed + ["--out", "merged", "--merge"])
    #expect(other.status == 2, "\(other.stderr)")
    #expect(other.stderr.contains("merged.items/") && other.stderr.contains("fingerprint"), "\(other.stderr)")
  }

  @Test("sweep: points in two processes merge to the plain run's files; resume runs only the missing point")
  func sweepItems() throws {
    let space = try Workspace()
    defer { space.cleanUp() }
    let command = ShardCLITests.sweep
    try splitAndMerge(space, command, expected: ["point-0001", "point-0002", "point-0003", "point-0004"])
    try resumeAndRefuse(space, command, removing: "point-0003", changed: ["--seed", "99"])
  }

  @Test("psa: draws in two processes merge to the plain run's files; resume runs only the missing draw")
  func psaItems() throws {
    let space = try Workspace()
    defer { space.cleanUp() }
    try space.write(PSACLITests.uncertain, to: "clinic.yaml")
    let command = ShardCLITests.psa
    try splitAndMerge(space, command, expected: (1...5).map { "draw-000\($0)" })
    try resumeAndRefuse(space, command, removing: "draw-0002", changed: ["--seed", "99"])
  }

  @Test("plan: the search run round by round through --items merges to the plain run's files")
  func planRounds() throws {
    let space = try Workspace()
    defer { space.cleanUp() }
    let command = ShardCLITests.plan
    let plain = try space.run(command + ["--out", "plain"])
    #expect(plain.status == 0, "\(plain.stderr)")
    var ran: [String] = []
    for _ in 0..<40 {
      let listed = try space.run(command + ["--out", "merged", "--list-items"])
      #expect(listed.status == 0, "\(listed.stderr)")
      let ids = ShardCLITests.ids(listed)
      #expect(try space.run(command + ["--out", "merged", "--list-items"]).stdout == listed.stdout)
      guard !ids.isEmpty else { break }
      #expect(ids.allSatisfy { $0.hasPrefix("nodes.clinic.servers=") && $0.contains("-r") }, "\(ids)")
      #expect(Set(ids).isDisjoint(with: ran), "a round listed an evaluation already run")
      let outcome = try space.run(command + ["--out", "merged", "--items", ids.joined(separator: ",")])
      #expect(outcome.status == 0, "\(outcome.stderr)")
      ran += ids
    }
    #expect(ran.count >= 2)
    #expect(!space.exists("merged"))
    let merged = try space.run(command + ["--out", "merged", "--merge"])
    #expect(merged.status == 0, "\(merged.stderr)")
    #expect(try ShardCLITests.files(space, "merged") == ShardCLITests.files(space, "plain"))
    let json = try space.read("plain/plan.json")
    #expect(json.contains("\"evaluations\": \(ran.count)"), "one item per evaluation")
    try resumeAndRefuse(space, command, removing: ran[ran.count / 2], changed: ["--seed", "99"])
    let whole = try space.run(command + ["--out", "fresh", "--resume"])
    #expect(whole.status == 0 && whole.stdout.contains("Ran \(ran.count) items"), "\(whole.stdout)")
    #expect(try ShardCLITests.files(space, "fresh") == ShardCLITests.files(space, "plain"))
  }

  @Test(
    "an item's result is the same on 1 and 2 threads",
    arguments: [ShardCLITests.sweep, ShardCLITests.psa, ShardCLITests.plan])
  func threads(_ command: [String]) throws {
    let space = try Workspace()
    defer { space.cleanUp() }
    try space.write(PSACLITests.uncertain, to: "clinic.yaml")
    let ids = ["sweep": "point-0002", "psa": "draw-0002,draw-0003", "plan": "nodes.clinic.servers=4-r6"]
    let id = try #require(ids[command[0]])
    for threads in ["1", "2"] {
      let outcome = try space.run(
        command + ["--out", "out", "--items", id, "--threads", threads, "--items-dir", "t\(threads)"])
      #expect(outcome.status == 0, "\(outcome.stderr)")
    }
    let names = try space.contents("t1")
    #expect(names == (try space.contents("t2")) && !names.isEmpty)
    for name in names {
      let results = try ["t1", "t2"].map { try ShardCLITests.withoutWallTime(space.read("\($0)/\(name)/result.json")) }
      #expect(results[0] == results[1])
      #expect(results[0].contains("\"summaries\"") || results[0].contains("\"values\""))
    }
  }

  @Test(
    "bad work-item options exit 2 with one message and write nothing",
    arguments: [
      (["--items", "point-0099"], "point-0099"), (["--items", ","], "--items"),
      (["--resume", "--merge"], "--resume and --merge"), (["--items-dir", "x"], "--items-dir"),
    ])
  func badOptions(_ options: [String], _ named: String) throws {
    let space = try Workspace()
    defer { space.cleanUp() }
    let outcome = try space.run(ShardCLITests.sweep + ["--out", "out"] + options)
    #expect(outcome.status == 2, "\(outcome.stderr)")
    #expect(outcome.errorLines.count == 1 && outcome.stderr.contains(named), "\(outcome.stderr)")
    #expect(try space.contents() == [])
  }
}
