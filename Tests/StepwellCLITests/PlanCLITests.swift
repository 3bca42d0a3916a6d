import Foundation
import QueueingTheory
import Testing

#if canImport(FoundationXML)
  import FoundationXML
#endif

@Suite("stepwell plan", .serialized)
struct PlanCLITests {
  @Test(
    "the M/M/c clinic: the least servers meeting a mean-wait target equal Erlang C's answer",
    arguments: [0.5, 0.15, 3.0])
  func erlang(_ target: Double) throws {
    let space = try Workspace()
    defer { space.cleanUp() }
    let outcome = try space.run([
      "plan", readyScenario("queueing/mmc-clinic.yaml"), "--vary", "nodes.clinic.servers", "--target",
      "node.clinic.wait.mean<=\(target)", "--replications", "10", "--horizon", "5000", "--set", "warmup=500",
      "--confidence", "0.5", "--quiet", "--out", "plan",
    ])
    #expect(outcome.status == 0, "\(outcome.stderr)")
    let erlang = try #require(WaitingListFormulas.leastServers(arrivalRate: 2, serviceMean: 1.2, meanWait: target))
    let json = try #require(
      try JSONSerialization.jsonObject(with: Data(space.read("plan/plan.json").utf8)) as? [String: Any])
    let answer = try #require(json["answer"] as? [String: Any])
    #expect((answer["nodes.clinic.servers"] as? Double) == Double(erlang), "\(outcome.stdout)")
    let forms = try #require(json["closed_forms"] as? [String: Any])
    let values = try #require(forms["answers"] as? [[String: Any]])
    #expect(values.first?["value"] as? Double == Double(erlang))
    #expect(outcome.stdout.split(separator: "\n").first?.contains("set nodes.clinic.servers = \(erlang)") == true)
    #expect(
      try space.contents("plan") == ["data-dictionary.csv", "manifest.json", "plan.csv", "plan.json", "plan.svg"])
    let csv = try space.read("plan/plan.csv").split(separator: "\n").map(String.init)
    #expect(
      csv[0]
        == "nodes.clinic.servers,replications,met_all,met_all_share,met_all_ci_low,met_all_ci_high,meets_targets,metric,target,mean,ci_low,ci_high,met"
    )
    #expect(csv.contains { $0.hasPrefix("\(erlang),") && $0.contains(",true,node.clinic.wait.mean,") })
    #expect(csv.contains { $0.hasPrefix("\(erlang - 1),") && $0.contains(",false,node.clinic.wait.mean,") })
    let parser = XMLParser(data: Data(try space.read("plan/plan.svg").utf8))
    #expect(parser.parse())
    let dictionary = try space.read("plan/data-dictionary.csv")
    #expect(dictionary.contains("plan.csv,met_all_ci_low,share,"))
  }

  /// The one-step teaching scenario is an M/M/c queue with c = wte x caseload_per_wte places,
  /// Poisson referrals at 0.337 a day and (very nearly) exponential holds of mean 41 days
  /// (docs/teaching-api.md); with one WTE, c is the caseload.
  @Test("the one-step teaching scenario: the least places meeting a mean wait of 12 days equal Erlang C's")
  func teaching() throws {
    let space = try Workspace()
    defer { space.cleanUp() }
    let target = 12.0
    let erlang = try #require(WaitingListFormulas.leastServers(arrivalRate: 0.337, serviceMean: 41, meanWait: target))
    let fewer = try #require(MMc(arrivalRate: 0.337, serviceMean: 41, servers: erlang - 1))
    let at = try #require(MMc(arrivalRate: 0.337, serviceMean: 41, servers: erlang))
    #expect(fewer.meanWait > 1.5 * target && at.meanWait < 0.8 * target, "the target is not clear of the theory")
    let outcome = try space.run([
      "plan", readyScenario("teaching/one-step.yaml"), "--set", "services.therapy.wte=1", "--horizon", "3y", "--vary",
      "services.therapy.caseload_per_wte", "--target", "service.therapy.wait.mean<=\(Int(target))", "--confidence",
      "0.5", "--quiet", "--out", "plan",
    ])
    #expect(outcome.status == 0, "\(outcome.stderr)")
    let json = try #require(
      try JSONSerialization.jsonObject(with: Data(space.read("plan/plan.json").utf8)) as? [String: Any])
    let answer = try #require(json["answer"] as? [String: Any])
    #expect((answer["services.therapy.caseload_per_wte"] as? Double) == Double(erlang), "\(outcome.stdout)")
  }

  @Test("two keys: the answer meets the targets and no point tried with fewer servers in all does")
  func twoKeys() throws {
    let space = try Workspace()
    defer { space.cleanUp() }
    let outcome = try space.run([
      "plan", readyScenario("queueing/stepped-care-network.yaml"), "--vary", "nodes.step2.servers=6...9", "--vary",
      "nodes.step3.servers=4...8", "--target", "system.sojourn.mean<=40", "--target", "node.step3.wait.mean<=5",
      "--replications", "4", "--horizon", "3000", "--set", "warmup=300", "--confidence", "0.5", "--quiet", "--out",
      "plan",
    ])
    #expect(outcome.status == 0, "\(outcome.stderr)")
    let json = try #require(
      try JSONSerialization.jsonObject(with: Data(space.read("plan/plan.json").utf8)) as? [String: Any])
    let answer = try #require(json["answer"] as? [String: Double])
    let total = try #require(answer["nodes.step2.servers"]) + (try #require(answer["nodes.step3.servers"]))
    let rows = try space.read("plan/plan.csv").split(separator: "\n").dropFirst().map { $0.split(separator: ",") }
    let meeting = rows.filter { $0[7] == "true" }.map { (Double($0[0]) ?? 0) + (Double($0[1]) ?? 0) }
    #expect(!meeting.isEmpty)
    #expect(meeting.allSatisfy { $0 >= total }, "a cheaper point met the targets: \(meeting) against \(total)")
    #expect(rows.contains { $0[7] == "false" && (Double($0[0]) ?? 0) + (Double($0[1]) ?? 0) < total })
  }

  @Test(
    "bad targets, keys and options exit 2 with one message naming what was typed; nothing is written",
    arguments: [
      (["--vary", "nodes.clinic.servers", "--target", "node.clinic.wait.mean=1"], "node.clinic.wait.mean=1"),
      (["--vary", "nodes.clinic.servers", "--target", "node.clinic.wiat.mean<=1"], "node.clinic.wiat.mean"),
      (["--vary", "nodes.clinic.servers", "--target", "node.desk.wait.mean<=1"], "node.desk.wait.mean"),
      (["--vary", "nodes.clinic.servers", "--target", "pathway.within_6_weeks>=0.75"], "pathway.within_6_weeks"),
      (["--vary", "nodes.clinic.servers", "--target", "node.clinic.utilisation<=1.5"], "1.5"),
      (["--vary", "nodes.clinic.serverz", "--target", "node.clinic.wait.mean<=1"], "nodes.clinic.serverz"),
      (["--vary", "nodes.clinic.servers=4...2", "--target", "node.clinic.wait.mean<=1"], "4...2"),
      (["--vary", "nodes.clinic.servers"], "--target"),
      (["--target", "node.clinic.wait.mean<=1"], "--vary"),
      (
        ["--vary", "nodes.clinic.servers", "--target", "node.clinic.wait.mean<=1", "--by", "2027-03-31"],
        "--by 2027-03-31"
      ),
      (
        ["--vary", "nodes.clinic.servers", "--target", "node.clinic.wait.mean<=1", "--confidence", "1.5"],
        "--confidence 1.5"
      ),
      (
        ["--vary", "nodes.clinic.servers", "--target", "node.clinic.wait.mean<=1", "--set", "nodes.clinic.servers=4"],
        "also set"
      ),
      (["--vary", "nodes.clinic.servers", "--target", "node.clinic.wait.mean<=1", "--recruited"], "--recruited"),
    ])
  func refused(_ arguments: [String], _ named: String) throws {
    let space = try Workspace()
    defer { space.cleanUp() }
    let outcome = try space.run(["plan", readyScenario("queueing/mmc-clinic.yaml"), "--replications", "2"] + arguments)
    #expect(outcome.status == 2, "\(outcome.stderr)")
    #expect(outcome.errorLines.count == 1, "\(outcome.stderr)")
    #expect(outcome.stderr.contains(named), "\(outcome.stderr)")
    #expect(outcome.stderr.contains("allowed"), "\(outcome.stderr)")
    #expect(try space.contents() == [])
  }

  @Test("care: --by before the warm-up ends and a bad --from exit 2 naming the option")
  func careDates() throws {
    let space = try Workspace()
    defer { space.cleanUp() }
    for (extra, named) in [
      (["--by", "2025-06-30"], "--by 2025-06-30"), (["--by", "2027-02-30x"], "--by 2027-02-30x"),
      (["--by", "2027-03-31", "--from", "2024-01-01"], "--from 2024-01-01"),
    ] {
      let outcome = try space.run(
        [
          "plan", readyScenario("sandwell-2025.yaml"), "--vary", "services.step3.wte", "--target",
          "service.step3.wait.mean<=60", "--replications", "2",
        ] + extra)
      #expect(outcome.status == 2, "\(outcome.stderr)")
      #expect(outcome.stderr.contains(named), "\(outcome.stderr)")
      #expect(outcome.stderr.contains("allowed"), "\(outcome.stderr)")
      #expect(try space.contents() == [])
    }
  }
}
