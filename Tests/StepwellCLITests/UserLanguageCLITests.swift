import Foundation
import Testing

/// The repository's scenarios folder.
let repositoryScenariosPath = CLI.packageRoot.appendingPathComponent("Scenarios").path

@Suite("A command line in the user's language", .serialized)
struct UserLanguageCLITests {
  @Test("A --set run writes its own folder, and its title and summary name the overrides")
  func setRunHasItsOwnFolder() throws {
    let space = try Workspace()
    defer { space.cleanUp() }
    let file = try space.write(goodScenario, to: "good.yaml")
    let baseline = try space.run(["run", file, "--quiet"])
    #expect(baseline.status == 0, "\(baseline.stderr)")
    let whatIf = try space.run(["run", file, "--set", "nodes.desk.servers=3", "--quiet"])
    #expect(whatIf.status == 0, "\(whatIf.stderr)")
    #expect(try space.contents("Output") == ["cli-clinic", "cli-clinic--nodes.desk.servers=3"])
    #expect(whatIf.stdout.hasPrefix("cli-clinic with --set nodes.desk.servers=3: 4 replications"), "\(whatIf.stdout)")
    #expect(baseline.stdout.hasPrefix("cli-clinic: 4 replications"))
    let summary = try space.read("Output/cli-clinic--nodes.desk.servers=3/summary.json")
    #expect(summary.contains("\"overrides\": [\"nodes.desk.servers=3\"]") || summary.contains("nodes.desk.servers=3"))
    let manifest = try space.read("Output/cli-clinic--nodes.desk.servers=3/manifest.json")
    #expect(manifest.contains("\"overrides\""))
    #expect(!(try space.read("Output/cli-clinic/summary.json")).contains("overrides"))
    #expect(!(try space.read("Output/cli-clinic/manifest.json")).contains("\"overrides\""))
  }

  @Test("sweep, plan and psa with a plain --set write folders of their own named from it")
  func multiRunCommandsNameTheirOverrides() throws {
    let space = try Workspace()
    defer { space.cleanUp() }
    let file = try space.write(goodScenario, to: "good.yaml")
    let sweep = try space.run([
      "sweep", file, "--set", "nodes.desk.servers=2...3", "--set", "nodes.review.servers=3", "--replications", "2",
      "--quiet",
    ])
    #expect(sweep.status == 0, "\(sweep.stderr)")
    let uncertain = try space.write(PSACLITests.uncertain, to: "uncertain.yaml")
    let psa = try space.run([
      "psa", uncertain, "--draws", "2", "--replications", "2", "--set", "nodes.review.servers=3", "--quiet",
    ])
    #expect(psa.status == 0, "\(psa.stderr)")
    #expect(
      try space.contents("Output") == [
        "psa-cli-clinic--nodes.review.servers=3", "sweep-cli-clinic--nodes.review.servers=3",
      ])
  }

  @Test("The report of a care what-if is titled with its overrides")
  func careReportTitle() throws {
    let space = try Workspace()
    defer { space.cleanUp() }
    let outcome = try space.run([
      "run", readyScenario("sandwell-hub.yaml"), "--replications", "1", "--horizon", "1y", "--set", "warmup=0.5y",
      "--set", "services.step3.wte=22", "--quiet",
    ])
    #expect(outcome.status == 0, "\(outcome.stderr)")
    let folder = "Output/sandwell-hub--warmup=0.5y--services.step3.wte=22"
    let report = try space.read("\(folder)/report.html")
    #expect(report.contains("Stepwell report: sandwell-hub with --set warmup=0.5y, --set services.step3.wte=22"))
    #expect(outcome.stdout.contains("1 replication over"), "\(outcome.stdout)")
    #expect(!space.exists("Output/sandwell-hub"))
  }

  @Test("A bad --set value exits 2 naming the --set argument, not the file")
  func badSetValueNamesTheOption() throws {
    let space = try Workspace()
    defer { space.cleanUp() }
    let file = try space.write(goodScenario, to: "good.yaml")
    let outcome = try space.run(["run", file, "--set", "nodes.desk.servers=abc", "--quiet"])
    #expect(outcome.status == 2)
    #expect(outcome.errorLines.count == 1, "\(outcome.stderr)")
    #expect(outcome.stderr.hasPrefix("error: --set nodes.desk.servers=abc: "), "\(outcome.stderr)")
    #expect(!outcome.stderr.contains("good.yaml"), "\(outcome.stderr)")
    #expect(try space.contents() == ["good.yaml"])
  }

  @Test("--horizon shorter than the warm-up exits 2 naming --horizon and warmup")
  func horizonConflictNamesTheOption() throws {
    let space = try Workspace()
    defer { space.cleanUp() }
    let file = try space.write(goodScenario, to: "good.yaml")
    let outcome = try space.run(["run", file, "--horizon", "100", "--quiet"])
    #expect(outcome.status == 2)
    #expect(outcome.stderr.hasPrefix("error: --horizon 100: conflicts with warmup ("), "\(outcome.stderr)")
    #expect(try space.contents() == ["good.yaml"])
    let care = try space.run(["validate", readyScenario("sandwell-hub.yaml"), "--set", "horizon=1y"])
    #expect(care.status == 2)
    #expect(care.stderr.hasPrefix("error: --set horizon=1y: conflicts with warmup ("), "\(care.stderr)")
  }

  @Test("A scenario alone in a folder finds the installed areas; a missing one lists the places looked")
  func lonelyScenario() throws {
    let space = try Workspace()
    defer { space.cleanUp() }
    let parent = readyScenario("sandwell-standard-2009.yaml")
    let file = try space.write("extends: \(parent)\nname: lonely\n", to: "mine/lonely.yaml")
    let byBinary = try space.run(["validate", file])
    #expect(byBinary.status == 0, "\(byBinary.stderr)")
    let byVariable = try CLI.run(
      ["validate", file], in: space.root, environment: ["STEPWELL_SCENARIOS": repositoryScenariosPath])
    #expect(byVariable.status == 0, "\(byVariable.stderr)")
    let missing = try space.write("extends: \(parent)\nname: lonely\narea: atlantis\n", to: "mine/missing.yaml")
    let outcome = try space.run(["validate", missing])
    #expect(outcome.status == 2)
    #expect(outcome.stderr.contains("looked in"), "\(outcome.stderr)")
    #expect(outcome.stderr.contains(space.root.appendingPathComponent("mine/areas/atlantis.yaml").path))
    #expect(outcome.stderr.contains("\(repositoryScenariosPath)/areas/atlantis.yaml"), "\(outcome.stderr)")
  }

  @Test("init copies the hub into a new folder that validates and runs from there")
  func initThenRun() throws {
    let space = try Workspace()
    defer { space.cleanUp() }
    let made = try space.run(["init", "my-hub"])
    #expect(made.status == 0, "\(made.stderr)")
    #expect(made.stdout.contains("Next: stepwell run my-hub/my-hub.yaml"), "\(made.stdout)")
    #expect(
      try space.contents("my-hub") == ["areas", "my-hub.yaml", "sandwell-standard-2009.yaml", "uncertainty"])
    #expect(try space.contents("my-hub/areas") == ["sandwell-2011.yaml"])
    #expect(try space.contents("my-hub/uncertainty") == ["defaults.yaml"])
    let run = try space.run([
      "run", "my-hub/my-hub.yaml", "--replications", "1", "--horizon", "1y", "--set", "warmup=0.5y", "--quiet",
    ])
    #expect(run.status == 0, "\(run.stderr)")
    #expect(space.exists("Output/my-hub--warmup=0.5y/report.html"))
    let elsewhere = try CLI.run(
      ["validate", space.path("my-hub/my-hub.yaml")], in: FileManager.default.temporaryDirectory,
      environment: ["STEPWELL_SCENARIOS": "/nonexistent"])
    #expect(elsewhere.status == 0, "\(elsewhere.stderr)")
  }

  @Test("init --from copies the named scenario")
  func initFrom() throws {
    let space = try Workspace()
    defer { space.cleanUp() }
    let made = try space.run(["init", "ipswich", "--from", readyScenario("ipswich-iwa.yaml")])
    #expect(made.status == 0, "\(made.stderr)")
    #expect(try space.contents("ipswich/areas") == ["ipswich-east-suffolk.yaml"])
    #expect(try space.run(["validate", "ipswich/ipswich.yaml"]).status == 0)
  }

  @Test("init refuses a folder that exists and writes nothing")
  func initRefusesAnExistingFolder() throws {
    let space = try Workspace()
    defer { space.cleanUp() }
    try space.write("mine\n", to: "taken/notes.txt")
    let outcome = try space.run(["init", "taken"])
    #expect(outcome.status == 2)
    #expect(outcome.stderr.contains("taken: already exists"), "\(outcome.stderr)")
    #expect(try space.contents() == ["taken"])
    #expect(try space.contents("taken") == ["notes.txt"])
    let missing = try space.run(["init", "other", "--from", "nowhere.yaml"])
    #expect(missing.status == 2)
    #expect(try space.contents() == ["taken"])
  }

  @Test("One replication is counted in the singular")
  func oneReplication() throws {
    let space = try Workspace()
    defer { space.cleanUp() }
    let file = try space.write(goodScenario, to: "good.yaml")
    let outcome = try space.run(["run", file, "--replications", "1", "--quiet"])
    #expect(outcome.status == 0, "\(outcome.stderr)")
    #expect(outcome.stdout.hasPrefix("cli-clinic: 1 replication, "), "\(outcome.stdout)")
  }

  @Test(
    "Help text fits 80 columns without ragged lines", arguments: [["--help"], ["run", "--help"], ["init", "--help"]])
  func helpWraps(_ arguments: [String]) throws {
    let space = try Workspace()
    defer { space.cleanUp() }
    let outcome = try CLI.run(arguments, in: space.root, environment: ["COLUMNS": "80"])
    #expect(outcome.status == 0)
    let lines = outcome.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    for line in lines where !line.hasPrefix("USAGE:") { #expect(line.count <= 80, "\(line)") }
    let overview = lines.drop { !$0.hasPrefix("OVERVIEW:") }.prefix { !$0.hasPrefix("USAGE:") }
    let paragraph = overview.dropFirst().drop { $0.isEmpty }.prefix { !$0.isEmpty }
    for line in paragraph.dropLast() { #expect(line.count >= 40, "a ragged line: \(line)") }
  }
}
