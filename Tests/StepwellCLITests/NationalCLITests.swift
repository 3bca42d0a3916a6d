import Foundation
import Testing

/// `stepwell run` of a national scenario (a `boards:` section): three small boards, and bad board
/// lists refused before anything is written.
@Suite("National run")
struct NationalCLITests {
  /// Writes three small board areas (copies of shipped board files), the current list and
  /// `mini.yaml` naming `areas` into the workspace.
  static func workspace(areas: [String]) throws -> Workspace {
    let space = try Workspace()
    let root = CLI.packageRoot
    let list = try String(
      contentsOf: root.appendingPathComponent("Scenarios/lists/sandwell-2025-03-31-waiting.csv"), encoding: .utf8)
    try space.write(list, to: "lists/sandwell-2025-03-31-waiting.csv")
    try space.write(
      try String(contentsOf: root.appendingPathComponent("Scenarios/areas/sandwell.yaml"), encoding: .utf8),
      to: "areas/sandwell.yaml")
    for (name, people) in [("devon", 20000), ("black-country", 15000), ("somerset", 12000)] {
      let text = try String(
        contentsOf: root.appendingPathComponent("Scenarios/areas/icb/\(name).yaml"), encoding: .utf8)
      let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
        if line.hasPrefix("population:") { return "population: \(people)" }
        if line.hasPrefix("  per_year:") { return "  per_year: \(people * 31 / 1000)" }
        if line.hasPrefix("  plausible_low:") { return "  plausible_low: 1" }
        if line.hasPrefix("  plausible_high:") { return "  plausible_high: \(people)" }
        return String(line)
      }
      try space.write(lines.joined(separator: "\n"), to: "areas/icb/\(name).yaml")
    }
    let scenario = """
      version: 1
      name: mini
      model: care
      extends: \(root.appendingPathComponent("Scenarios/sandwell-2025.yaml").path)
      area: sandwell
      horizon: 8w
      warmup: 2w
      replications: 2
      seed: 11
      boards:
        referrals_per_100k: 3100
        areas: [\(areas.map { "icb/\($0)" }.joined(separator: ", "))]

      """
    try space.write(scenario, to: "mini.yaml")
    return space
  }

  @Test("Three boards: national files and boards.csv, byte-identical on 1 and 2 threads")
  func smallNationalRun() throws {
    let space = try NationalCLITests.workspace(areas: ["devon", "black-country", "somerset"])
    defer { space.cleanUp() }
    let one = try space.run(["run", "mini.yaml", "--quiet", "--threads", "1", "--out", "one"])
    #expect(one.status == 0, "\(one.stderr)")
    let two = try space.run(["run", "mini.yaml", "--quiet", "--threads", "2", "--out", "two"])
    #expect(two.status == 0, "\(two.stderr)")
    #expect(
      try space.contents("one").filter { !$0.hasPrefix(".") }
        == [
          "boards.csv", "data-dictionary.csv", "effective-scenario.yaml", "manifest.json", "metrics.csv",
          "replications.csv", "report.html",
          "summary.json", "timeseries.csv",
        ])
    for file in ["boards.csv", "metrics.csv", "replications.csv", "timeseries.csv", "summary.json", "report.html"] {
      #expect(try space.read("one/\(file)") == space.read("two/\(file)"), "\(file)")
    }
    let boards = try space.read("one/boards.csv").split(separator: "\n")
    #expect(
      boards.first
        == "code,board,title,population,referrals_input_per_year,capacity_scale,metric,unit,mean,ci_low,ci_high")
    #expect(
      boards.contains {
        $0.hasPrefix("E54000062,icb/black-country,NHS Black Country,15000,")
          && $0.contains(",referrals.per_year,referrals,")
      })
    #expect(one.stdout.contains("mini: 3 boards (47000 people)"))
  }

  @Test(
    "An unknown board area, or a board named twice, exits 2 with one message and writes nothing",
    arguments: [
      (["devon", "nowhere"], "boards.areas[1]"), (["devon", "somerset", "devon"], "named twice"),
    ])
  func badBoards(areas: [String], expected: String) throws {
    let space = try NationalCLITests.workspace(areas: areas)
    defer { space.cleanUp() }
    let outcome = try space.run(["run", "mini.yaml", "--quiet"])
    #expect(outcome.status == 2)
    #expect(outcome.errorLines.count == 1)
    #expect(outcome.stderr.contains(expected), "\(outcome.stderr)")
    #expect(outcome.stderr.contains("mini.yaml"))
    #expect(!space.exists("Output"))
  }

  @Test("Boards are work items: two processes' items merge to the plain run's files; a missing board is refused")
  func boardsAsWorkItems() throws {
    let space = try NationalCLITests.workspace(areas: ["devon", "black-country", "somerset"])
    defer { space.cleanUp() }
    let plain = try space.run(["run", "mini.yaml", "--quiet", "--out", "plain"])
    #expect(plain.status == 0, "\(plain.stderr)")
    let listed = try space.run(["run", "mini.yaml", "--list-items", "--out", "sharded"])
    #expect(listed.status == 0, "\(listed.stderr)")
    let ids = listed.stdout.split(separator: "\n").map { String($0.split(separator: "\t")[0]) }
    #expect(ids == ["board-E54000037", "board-E54000062", "board-E54000038"], "\(listed.stdout)")
    #expect(!space.exists("sharded") && !space.exists("sharded.items"))
    let first = try space.run(["run", "mini.yaml", "--items", ids[1], "--quiet", "--out", "sharded"])
    #expect(first.status == 0, "\(first.stderr)")
    let early = try space.run(["run", "mini.yaml", "--merge", "--quiet", "--out", "sharded"])
    #expect(early.status == 2)
    #expect(early.stderr.contains(ids[0]) && early.stderr.contains(ids[2]), "\(early.stderr)")
    #expect(!space.exists("sharded"))
    let rest = try space.run(["run", "mini.yaml", "--items", "\(ids[0]),\(ids[2])", "--quiet", "--out", "sharded"])
    #expect(rest.status == 0, "\(rest.stderr)")
    let merged = try space.run(["run", "mini.yaml", "--merge", "--quiet", "--out", "sharded"])
    #expect(merged.status == 0, "\(merged.stderr)")
    for file in try space.contents("plain") where file != "manifest.json" && !file.hasPrefix(".") {
      #expect(try space.read("plain/\(file)") == space.read("sharded/\(file)"), "\(file)")
    }
  }

  @Test("A single scenario's run refuses the work-item options")
  func singleRunHasNoItems() throws {
    let space = try Workspace()
    defer { space.cleanUp() }
    let file = try space.write(goodScenario, to: "good.yaml")
    let outcome = try space.run(["run", file, "--list-items"])
    #expect(outcome.status == 2)
    #expect(
      outcome.stderr.hasPrefix("error: --list-items: a single scenario's run has no work items"), "\(outcome.stderr)")
    #expect(try space.contents() == ["good.yaml"])
  }
}
