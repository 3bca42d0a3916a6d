import Foundation
import Testing

/// One bad input and the key path its message must name.
struct BadInput: Sendable, CustomTestStringConvertible {
  let label: String
  let yaml: String
  let keyPath: String

  var testDescription: String { label }

  /// The good scenario with `old` replaced by `new`.
  static func replacing(
    _ label: String, _ old: String, _ new: String, keyPath: String
  ) -> BadInput {
    precondition(goodScenario.contains(old), "the good scenario has no '\(old)'")
    return BadInput(
      label: label, yaml: goodScenario.replacingOccurrences(of: old, with: new), keyPath: keyPath)
  }
}

let badInputs: [BadInput] = [
  .replacing("unknown top-level key", "seed: 3", "seed: 3\nsede: 4", keyPath: "sede"),
  .replacing(
    "unknown node key", "servers: 1", "servers: 1\n    capcity: 3",
    keyPath: "nodes.review.capcity"),
  .replacing("zero servers", "servers: 2", "servers: 0", keyPath: "nodes.desk.servers"),
  .replacing(
    "negative mean", "mean: 1.5", "mean: -1.5", keyPath: "nodes.desk.service.mean"),
  .replacing(
    "routing to an unknown node", "{review: 0.25}", "{reveiw: 0.25}",
    keyPath: "nodes.desk.routing.reveiw"),
  .replacing(
    "routing above 1", "{review: 0.25}", "{review: 0.75, desk: 0.5}",
    keyPath: "nodes.desk.routing"),
  .replacing("warmup past horizon", "warmup: 200", "warmup: 2000", keyPath: "warmup"),
  .replacing(
    "unknown distribution", "distribution: exponential, mean: 2",
    "distribution: exponentiel, mean: 2", keyPath: "nodes.review.service.distribution"),
  .replacing("missing horizon", "horizon: 2000\n", "", keyPath: "horizon"),
]

@Suite("stepwell command line", .serialized)
struct CLITests {
  @Test("The stepwell executable was built next to the tests")
  func executableExists() throws {
    let binary = try #require(CLI.executable, "looked in \(CLI.candidates.map(\.path))")
    #expect(binary.lastPathComponent == "stepwell")
  }

  @Test("validate on a good file exits 0")
  func validateGood() throws {
    let space = try Workspace()
    defer { space.cleanUp() }
    let file = try space.write(goodScenario, to: "good.yaml")
    let outcome = try space.run(["validate", file])
    #expect(outcome.status == 0, "\(outcome.stderr)")
    #expect(outcome.stdout.contains("valid"))
    #expect(outcome.stderr.isEmpty)
    #expect(try space.contents() == ["good.yaml"])
  }

  @Test("The shipped queueing scenarios validate")
  func validateShipped() throws {
    let folder = CLI.packageRoot.appendingPathComponent("Scenarios/queueing")
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
      .filter { $0.hasSuffix(".yaml") }
    #expect(!names.isEmpty)
    for name in names.sorted() {
      let outcome = try CLI.run(
        ["validate", folder.appendingPathComponent(name).path], in: folder)
      #expect(outcome.status == 0, "\(name): \(outcome.stderr)")
    }
  }

  @Test("A bad scenario exits 2 with one error line naming file and key path", arguments: badInputs)
  func badScenario(_ bad: BadInput) throws {
    let space = try Workspace()
    defer { space.cleanUp() }
    let file = try space.write(bad.yaml, to: "in/bad.yaml")
    for arguments in [["validate", file], ["run", file, "--out", space.path("out/result")]] {
      let outcome = try space.run(arguments)
      #expect(outcome.status == 2, "\(arguments[0]): \(outcome.stderr)")
      #expect(outcome.errorLines.count == 1, "\(outcome.stderr)")
      let line = outcome.errorLines.first ?? ""
      #expect(line.hasPrefix("error: \(file): \(bad.keyPath)"), "\(line)")
      #expect(line.contains("allowed: "), "\(line)")
    }
    // Nothing written: not the output folder, no staging folder, no default Output/.
    #expect(!space.exists("out"))
    #expect(try space.contents() == ["in"])
    #expect(try space.contents("in") == ["bad.yaml"])
  }

  @Test("A YAML syntax error exits 2 naming the file and line")
  func syntaxError() throws {
    let space = try Workspace()
    defer { space.cleanUp() }
    let file = try space.write("version: 1\nname: x\n  model: network\n", to: "broken.yaml")
    let outcome = try space.run(["run", file, "--out", space.path("out")])
    #expect(outcome.status == 2)
    #expect(outcome.errorLines.count == 1)
    #expect(outcome.errorLines.first?.hasPrefix("error: \(file):3") == true, "\(outcome.stderr)")
    #expect(!space.exists("out"))
  }

  @Test("A missing scenario file exits 2 naming it")
  func missingFile() throws {
    let space = try Workspace()
    defer { space.cleanUp() }
    let file = space.path("absent.yaml")
    let outcome = try space.run(["run", file, "--out", space.path("out")])
    #expect(outcome.status == 2)
    #expect(outcome.errorLines == ["error: \(file): cannot read the file: no such file"])
    #expect(try space.contents().isEmpty)
  }

  @Test("extends naming a missing file exits 2 naming the key 'extends'")
  func missingParent() throws {
    let space = try Workspace()
    defer { space.cleanUp() }
    let file = try space.write("extends: gone.yaml\nname: child\n", to: "child.yaml")
    let outcome = try space.run(["validate", file])
    #expect(outcome.status == 2)
    #expect(outcome.errorLines.count == 1)
    #expect(outcome.errorLines.first?.hasPrefix("error: \(file): extends") == true)
  }

  @Test(
    "--set that names an unknown key exits 2 and writes nothing",
    arguments: [
      ("nodes.desk.bogus=1", "nodes.desk.bogus"), ("ghost.inner=1", "--set ghost.inner=1"),
      ("nodes.ghost.servers=2", "--set nodes.ghost.servers=2"),
    ])
  func unknownSetKey(_ argument: String, _ named: String) throws {
    let space = try Workspace()
    defer { space.cleanUp() }
    let file = try space.write(goodScenario, to: "good.yaml")
    let outcome = try space.run(["run", file, "--set", argument, "--out", space.path("out")])
    #expect(outcome.status == 2)
    #expect(outcome.errorLines.count == 1, "\(outcome.stderr)")
    #expect(outcome.errorLines.first?.contains(named) == true, "\(outcome.stderr)")
    #expect(try space.contents() == ["good.yaml"])
  }

  @Test(
    "Option values out of range exit 2 and write nothing",
    arguments: [
      // Negative values use '=' so the parser does not read them as options.
      ["--replications", "0"], ["--replications=-3"], ["--replications", "10001"],
      ["--threads", "0"], ["--precision", "1.5"], ["--seed=-1"], ["--horizon", "0"],
      ["--replications", "5", "--precision", "0.1"],
    ])
  func badOptions(_ options: [String]) throws {
    let space = try Workspace()
    defer { space.cleanUp() }
    let file = try space.write(goodScenario, to: "good.yaml")
    let outcome = try space.run(["run", file, "--out", space.path("out")] + options)
    #expect(outcome.status == 2, "\(options): \(outcome.stderr)")
    #expect(outcome.errorLines.count == 1, "\(outcome.stderr)")
    #expect(outcome.errorLines.first?.hasPrefix("error: ") == true)
    #expect(try space.contents() == ["good.yaml"])
  }

  @Test("run --out writes exactly the six files and the data dictionary, with the contract's headers")
  func runWritesFiles() throws {
    let space = try Workspace()
    defer { space.cleanUp() }
    let file = try space.write(goodScenario, to: "good.yaml")
    let outcome = try space.run(["run", file, "--out", space.path("out"), "--quiet"])
    #expect(outcome.status == 0, "\(outcome.stderr)")
    #expect(try space.contents("out") == runFiles)
    #expect(try space.contents() == ["good.yaml", "out"])
    let metrics = try space.read("out/metrics.csv")
    #expect(metrics.hasPrefix("metric,mean,ci_low,ci_high,replications\n"))
    #expect(metrics.contains("\nnode.desk.wait.mean,"))
    #expect(metrics.contains("\nnode.review.utilisation,"))
    #expect(metrics.contains("\nengine.events,"))
    #expect(try space.read("out/replications.csv").hasPrefix("replication,metric,value\n"))
    let series = try space.read("out/timeseries.csv")
    #expect(series.hasPrefix("period,series,mean,ci_low,ci_high\n"))
    // 200 bins for each of the two nodes, plus the header.
    #expect(series.split(separator: "\n").count == 1 + 2 * 200)
    // Every metrics row has five cells and four replications.
    for row in metrics.split(separator: "\n").dropFirst() {
      let cells = row.split(separator: ",", omittingEmptySubsequences: false)
      #expect(cells.count == 5 && cells[4] == "4", "\(row)")
    }
    let summary = try space.read("out/summary.json")
    let json = try JSONSerialization.jsonObject(with: Data(summary.utf8)) as? [String: Any]
    #expect(json?["scenario"] as? String == "cli-clinic")
    let manifest = try space.read("out/manifest.json")
    #expect(try JSONSerialization.jsonObject(with: Data(manifest.utf8)) is [String: Any])
  }

  @Test("--threads 1 and --threads 2 write byte-identical files except manifest.json")
  func threadsIdentical() throws {
    let space = try Workspace()
    defer { space.cleanUp() }
    let file = try space.write(goodScenario, to: "good.yaml")
    for threads in ["1", "2"] {
      let outcome = try space.run(
        ["run", file, "--out", space.path("t\(threads)"), "--threads", threads, "--quiet"])
      #expect(outcome.status == 0, "\(outcome.stderr)")
    }
    for name in runFiles where name != "manifest.json" {
      let one = try Data(contentsOf: space.root.appendingPathComponent("t1/\(name)"))
      let two = try Data(contentsOf: space.root.appendingPathComponent("t2/\(name)"))
      #expect(one == two, "\(name) differs between thread counts")
      #expect(!one.isEmpty)
    }
    #expect(try space.read("t1/manifest.json").contains("\"threads\": 1"))
    #expect(try space.read("t2/manifest.json").contains("\"threads\": 2"))
  }

  @Test("One replication leaves the interval columns empty")
  func oneReplication() throws {
    let space = try Workspace()
    defer { space.cleanUp() }
    let file = try space.write(goodScenario, to: "good.yaml")
    let outcome = try space.run(
      ["run", file, "--out", space.path("out"), "--replications", "1", "--quiet"])
    #expect(outcome.status == 0, "\(outcome.stderr)")
    let metrics = try space.read("out/metrics.csv").split(separator: "\n").dropFirst()
    #expect(metrics.count >= 14)
    for row in metrics {
      let cells = row.split(separator: ",", omittingEmptySubsequences: false)
      #expect(cells.count == 5, "\(row)")
      #expect(!cells[1].isEmpty, "\(row)")
      #expect(cells[2].isEmpty && cells[3].isEmpty && cells[4] == "1", "\(row)")
    }
    let series = try space.read("out/timeseries.csv").split(separator: "\n").dropFirst()
    #expect(series.count == 400)
    for row in series {
      #expect(row.hasSuffix(",,"), "\(row)")
    }
    let replications = try space.read("out/replications.csv").split(separator: "\n").dropFirst()
    #expect(replications.allSatisfy { $0.hasPrefix("1,") })
    #expect(try space.read("out/summary.json").contains("\"ci_low\": null"))
  }

  @Test("effective-scenario.yaml re-loads and reruns to identical metrics")
  func effectiveScenarioReruns() throws {
    let space = try Workspace()
    defer { space.cleanUp() }
    let file = try space.write(goodScenario, to: "good.yaml")
    let first = try space.run([
      "run", file, "--out", space.path("first"), "--seed", "11", "--horizon", "1500",
      "--replications", "3", "--set", "nodes.desk.servers=3", "--set",
      "nodes.review.service={distribution: gamma, mean: 2, sd: 1}", "--quiet",
    ])
    #expect(first.status == 0, "\(first.stderr)")
    let effective = try space.read("first/effective-scenario.yaml")
    #expect(effective.contains("seed: 11"))
    #expect(effective.contains("horizon: 1500"))
    #expect(effective.contains("gamma"))
    let copy = try space.write(effective, to: "effective.yaml")
    let check = try space.run(["validate", copy])
    #expect(check.status == 0, "\(check.stderr)")
    let second = try space.run(["run", copy, "--out", space.path("second"), "--quiet"])
    #expect(second.status == 0, "\(second.stderr)")
    for name in runFiles where !["manifest.json", "summary.json"].contains(name) {
      #expect(try space.read("first/\(name)") == space.read("second/\(name)"), "\(name) differs")
    }
    let overrides = "  \"overrides\": [\n    \"nodes.desk.servers=3\",\n"
    let firstSummary = try space.read("first/summary.json")
    #expect(firstSummary.contains(overrides), "\(firstSummary)")
    let secondSummary = try space.read("second/summary.json")
    #expect(firstSummary.hasPrefix(String(secondSummary.dropLast(3))), "summary.json differs beyond the overrides")
    let metrics = try space.read("first/metrics.csv")
    #expect(metrics.contains(",3\n"))
  }
}
