import Foundation
import Testing

#if canImport(FoundationXML)
  import FoundationXML
#endif

@Suite("stepwell sweep", .serialized)
struct SweepCLITests {
  @Test(
    "bad --set keys and ranges exit 2 with one message naming the argument; nothing is written",
    arguments: [
      (["--set", "services.step9.wte=18...26"], "services.step9.wte=18...26"),
      (["--set", "services.step3.wtee=18...26"], "wtee"),
      (["--set", "services.step3.wte=26...18"], "services.step3.wte=26...18"),
      (["--set", "services.step3.wte=a...26"], "services.step3.wte=a...26"),
      (["--set", "services.step3.wte=18...26:0"], "services.step3.wte=18...26:0"),
      (["--set", "services.step3.wte=18...26:x"], "services.step3.wte=18...26:x"),
      (["--set", "services.step3.wte=0...1000"], "services.step3.wte=0...1000"),
      (["--set", "services.step3.wte=-4...4"], "services.step3.wte"),
      (["--set", "services.step3.wte=20"], "no --set argument is a range"),
      (
        ["--set", "services.step3.wte=18...26", "--set", "services.step2.wte=1...2", "--set", "seed=1...2"],
        "seed=1...2"
      ),
      (["--set", "services.step3.wte=18...26", "--set", "services.step3.wte=20"], "services.step3.wte=20"),
      (["--set", "services.step3.wte=18...26", "--set", "services.step9.wte=3"], "services.step9.wte=3"),
    ])
  func badSet(_ arguments: [String], _ named: String) throws {
    let space = try Workspace()
    defer { space.cleanUp() }
    let outcome = try space.run(["sweep", readyScenario("sandwell-hub.yaml"), "--replications", "2"] + arguments)
    #expect(outcome.status == 2, "\(outcome.stderr)")
    #expect(outcome.errorLines.count == 1, "\(outcome.stderr)")
    #expect(outcome.stderr.contains(named), "\(outcome.stderr)")
    #expect(outcome.stderr.contains("allowed"), "\(outcome.stderr)")
    #expect(try space.contents() == [])
  }

  @Test("step-3 WTE 18...26:4 with 2 replications: sweep.csv with 3 points and an SVG that parses as XML")
  func stepThree() throws {
    let space = try Workspace()
    defer { space.cleanUp() }
    let outcome = try space.run([
      "sweep", readyScenario("sandwell-hub.yaml"), "--set", "services.step3.wte=18...26:4", "--replications", "2",
      "--horizon", "2y", "--set", "warmup=1y", "--quiet",
    ])
    #expect(outcome.status == 0, "\(outcome.stderr)")
    let folder = "Output/sweep-sandwell-hub--warmup=1y"
    #expect(try space.contents(folder) == ["data-dictionary.csv", "manifest.json", "sweep.csv", "sweep.svg"])
    let rows = try space.read("\(folder)/sweep.csv").split(separator: "\n").map(String.init)
    #expect(rows[0] == "services.step3.wte,metric,mean,ci_low,ci_high")
    let points = Set(rows.dropFirst().compactMap { $0.split(separator: ",").first.map(String.init) })
    #expect(points == ["18", "22", "26"])
    let waits = rows.filter { $0.contains(",pathway.wait_first_treatment.mean,") }
    #expect(waits.count == 3)
    #expect(rows.filter { $0.contains(",cost.total.per_year,") }.count == 3)
    let svg = try space.read("\(folder)/sweep.svg")
    let parser = XMLParser(data: Data(svg.utf8))
    #expect(parser.parse(), "sweep.svg is not well-formed XML: \(String(describing: parser.parserError))")
    #expect(svg.contains("Wait to first treatment, mean"), "labelled from the metric catalogue")
    #expect(svg.contains("Total cost a year (£)"), "labelled from the metric catalogue with its unit")
    for value in ["18", "22", "26"] { #expect(outcome.stdout.contains("\n\(value) ")) }
    let manifest = try space.read("\(folder)/manifest.json")
    #expect(manifest.contains("\"points\": 3"))
  }
}
