import Foundation
import Testing

@Suite("stepwell psa", .serialized)
struct PSACLITests {
  static let uncertain =
    goodScenario + """
      uncertainty:
        nodes.desk.service.mean: {distribution: gamma, mean: 1.5, sd: 0.1, grade: D, reason: a judgement}
        nodes.review.service.mean: {distribution: lognormal, median: 1, interval: [0.8, 1.25], applies: multiplier}

      """

  @Test("writes one row per draw, the summaries, the inputs, a report and a complete data dictionary")
  func files() throws {
    let space = try Workspace()
    defer { space.cleanUp() }
    let scenario = try space.write(PSACLITests.uncertain, to: "clinic.yaml")
    let outcome = try space.run(["psa", scenario, "--draws", "5", "--replications", "2", "--quiet", "--out", "psa"])
    #expect(outcome.status == 0, "\(outcome.stderr)")
    #expect(
      try space.contents("psa") == [
        "data-dictionary.csv", "manifest.json", "psa-inputs.csv", "psa-summary.csv", "psa.csv", "report.html",
      ])
    let rows = try space.read("psa/psa.csv").split(separator: "\n")
    #expect(rows.count == 6)
    #expect(rows[0].hasPrefix("draw,nodes.desk.service.mean,nodes.review.service.mean,node.desk.wait.mean,"))
    let dictionary = try space.read("psa/data-dictionary.csv").split(separator: "\n").dropFirst()
    let unknown = dictionary.filter { $0.split(separator: ",", omittingEmptySubsequences: false).count > 2 }
      .filter { $0.split(separator: ",", omittingEmptySubsequences: false)[2].isEmpty }
    #expect(unknown.isEmpty, "rows without a unit: \(unknown)")
    let inputs = try space.read("psa/psa-inputs.csv")
    #expect(inputs.contains("nodes.review.service.mean,lognormal,multiplier,"))
    #expect(outcome.stdout.contains("5 draws of 2 uncertain inputs x 2 replications"))
    #expect(try space.read("psa/report.html").contains("The uncertain inputs"))
  }

  @Test("the same draws whatever the thread count")
  func threads() throws {
    let space = try Workspace()
    defer { space.cleanUp() }
    let scenario = try space.write(PSACLITests.uncertain, to: "clinic.yaml")
    for threads in ["1", "2"] {
      let outcome = try space.run([
        "psa", scenario, "--draws", "4", "--replications", "2", "--threads", threads, "--quiet", "--out", "t\(threads)",
      ])
      #expect(outcome.status == 0, "\(outcome.stderr)")
    }
    #expect(try space.read("t1/psa.csv") == space.read("t2/psa.csv"))
    #expect(try space.read("t1/psa-summary.csv") == space.read("t2/psa-summary.csv"))
  }

  @Test(
    "refusals exit 2 with one message and write nothing",
    arguments: [
      (["--draws", "0"], "--draws"), (["--draws", "many"], "--draws"), (["--precision", "0.05"], "--precision"),
      (["--records"], "--records"),
    ])
  func refusals(_ options: [String], _ named: String) throws {
    let space = try Workspace()
    defer { space.cleanUp() }
    let scenario = try space.write(PSACLITests.uncertain, to: "clinic.yaml")
    let outcome = try space.run(["psa", scenario] + options + ["--out", "psa"])
    #expect(outcome.status == 2, "\(outcome.stderr)")
    #expect(outcome.stderr.contains(named) && outcome.stderr.contains("allowed"), "\(outcome.stderr)")
    #expect(!space.exists("psa"))
  }

  @Test("a scenario without uncertain inputs, or an input no design has, is refused naming the key")
  func nothingToDraw() throws {
    let space = try Workspace()
    defer { space.cleanUp() }
    let plain = try space.write(goodScenario, to: "plain.yaml")
    let none = try space.run(["psa", plain, "--draws", "3", "--out", "psa"])
    #expect(none.status == 2 && none.stderr.contains("uncertainty") && none.stderr.contains("defaults"))
    let stray = try space.write(
      goodScenario + "uncertainty:\n  nodes.desk.patience.mean: {distribution: fixed, value: 3, applies: multiplier}\n",
      to: "stray.yaml")
    let refused = try space.run(["psa", stray, "--draws", "3", "--out", "psa"])
    #expect(refused.status == 2, "\(refused.stderr)")
    #expect(refused.stderr.contains("uncertainty.nodes.desk.patience.mean"), "\(refused.stderr)")
    #expect(!space.exists("psa"))
  }

  @Test("a draws table (a calibration's posterior) is drawn whole rows at a time, by weight")
  func drawsTable() throws {
    let space = try Workspace()
    defer { space.cleanUp() }
    try space.write(
      "draw,nodes.desk.service.mean,nodes.review.service.mean,weight\n1,1.3,1.8,0\n2,1.5,2.0,1\n3,1.7,2.2,1\n",
      to: "posterior.csv")
    let scenario = try space.write(goodScenario + "uncertainty:\n  draws: posterior.csv\n", to: "clinic.yaml")
    let outcome = try space.run(["psa", scenario, "--draws", "6", "--replications", "1", "--quiet", "--out", "psa"])
    #expect(outcome.status == 0, "\(outcome.stderr)")
    let rows = try space.read("psa/psa.csv").split(separator: "\n").dropFirst().map {
      $0.split(separator: ",").dropFirst().prefix(2).joined(separator: ",")
    }
    #expect(rows.count == 6)
    #expect(Set(rows) == ["1.5,2", "1.7,2.2"], "rows with weight 0 are never drawn; the others whole: \(rows)")
  }
}
