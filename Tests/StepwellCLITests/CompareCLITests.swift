import Foundation
import Testing

/// The network of `goodScenario` with a third desk server, its own seed, replications and
/// warm-up (which `compare` replaces with BASE's).
let moreServersScenario =
  goodScenario
  .replacingOccurrences(of: "name: cli-clinic", with: "name: cli-clinic-plus")
  .replacingOccurrences(of: "servers: 2", with: "servers: 3")
  .replacingOccurrences(of: "seed: 3", with: "seed: 99")
  .replacingOccurrences(of: "replications: 4", with: "replications: 7")
  .replacingOccurrences(of: "warmup: 200", with: "warmup: 100")

/// A ready scenario's absolute path.
func readyScenario(_ name: String) -> String {
  CLI.packageRoot.appendingPathComponent("Scenarios/\(name)").path
}

/// The files of a care run folder.
let careRunFiles = [
  "breakdown.csv", "costs.csv", "data-dictionary.csv", "effective-scenario.yaml", "manifest.json", "metrics.csv",
  "projection.csv", "replications.csv", "summary.json", "timeseries.csv",
]

@Suite("stepwell compare", .serialized)
struct CompareCLITests {
  @Test("two networks: base/, alt/, comparison.csv, summary.json, manifest.json; ALT runs with BASE's settings")
  func networks() throws {
    let space = try Workspace()
    defer { space.cleanUp() }
    let base = try space.write(goodScenario, to: "base.yaml")
    let alt = try space.write(moreServersScenario, to: "alt.yaml")
    let outcome = try space.run(["compare", base, alt, "--quiet"])
    #expect(outcome.status == 0, "\(outcome.stderr)")
    let folder = "Output/compare-cli-clinic-vs-cli-clinic-plus"
    #expect(
      try space.contents(folder) == [
        "alt", "base", "comparison.csv", "data-dictionary.csv", "manifest.json", "summary.json",
      ])
    #expect(try space.contents("\(folder)/base") == runFiles)
    #expect(try space.contents("\(folder)/alt") == runFiles)
    let csv = try space.read("\(folder)/comparison.csv").split(separator: "\n").map(String.init)
    #expect(csv[0] == "metric,base_mean,alt_mean,diff_mean,diff_ci_low,diff_ci_high,significant")
    let desk = try #require(csv.first { $0.hasPrefix("node.desk.wait.mean,") })
    #expect(desk.hasSuffix(",true"), "a third server cuts the desk's wait: \(desk)")
    let effective = try space.read("\(folder)/alt/effective-scenario.yaml")
    for line in ["seed: 3", "replications: 4", "warmup: 200", "horizon: 2000"] {
      #expect(effective.contains(line), "ALT's effective scenario should show BASE's \(line)")
    }
    #expect(try space.read("\(folder)/summary.json").contains("\"available\": false"))
    #expect(outcome.stdout.contains("Node desk: wait, mean ("))
    #expect(outcome.stdout.contains("No societal sensitivity"))
    #expect(!outcome.stdout.contains("Cost-effectiveness"))
  }

  @Test("2009 against the hub: the full layout, the net impact and the key differences")
  func care() throws {
    let space = try Workspace()
    defer { space.cleanUp() }
    let outcome = try space.run([
      "compare", readyScenario("sandwell-standard-2009.yaml"), readyScenario("sandwell-hub.yaml"),
      "--replications", "2", "--horizon", "2y", "--set", "warmup=1y", "--quiet",
    ])
    #expect(outcome.status == 0, "\(outcome.stderr)")
    let folder = "Output/compare-sandwell-standard-2009-vs-sandwell-hub--warmup=1y"
    #expect(!space.exists("Output/compare-sandwell-standard-2009-vs-sandwell-hub"))
    #expect(outcome.stdout.contains("ALT sandwell-hub minus BASE sandwell-standard-2009 (both with --set warmup=1y): "))
    let title = "Stepwell report: sandwell-hub against sandwell-standard-2009 with --set warmup=1y"
    #expect(try space.read("\(folder)/report.html").contains(title))
    #expect(try space.read("\(folder)/summary.json").contains("\"overrides\""))
    #expect(try space.read("\(folder)/base/manifest.json").contains("\"overrides\""))
    #expect(
      try space.contents(folder) == [
        "alt", "base", "comparison.csv", "data-dictionary.csv", "manifest.json", "net_impact.csv", "report.html",
        "summary.json",
      ])
    for side in ["base", "alt"] {
      let files = Set(try space.contents("\(folder)/\(side)"))
      #expect(Set(careRunFiles).isSubset(of: files), "\(side): \(files.sorted())")
    }
    let csv = try space.read("\(folder)/comparison.csv")
    #expect(csv.contains("\ncost.total.per_year,"))
    // The link-worker team exists only in the hub: BASE's side and the difference are empty.
    let linkworker = try #require(
      csv.split(separator: "\n").first { $0.hasPrefix("service.linkworker.wait.mean,") })
    #expect(linkworker.hasPrefix("service.linkworker.wait.mean,,"))
    #expect(linkworker.hasSuffix(",,,,"))
    let netImpact = try space.read("\(folder)/net_impact.csv")
    #expect(netImpact.hasPrefix("period,component,diff_mean,diff_ci_low,diff_ci_high\n1,service_cost,"))
    #expect(netImpact.contains("\ndiscounted_total,net_impact,"))
    for text in [
      "Societal sensitivity", "discounted total", "Local bed days a year",
      "Expected suicides a year, whole population (deaths)", "Total cost a year", "Admissions a year",
      "Wait to first treatment, mean (days)", "Recovery rate", "Cost to the mental-health trust a year",
      "QALYs, discounted", "ICER", "net monetary benefit at £20,000 per QALY", "never added to the figures above",
    ] {
      #expect(outcome.stdout.contains(text), "stdout lacks \(text)")
    }
    #expect(!outcome.stdout.contains("Net impact"), "no headline adds valuations to cash")
    for row in ["\nicer,", "\nicer.sensitivity,", "\nnmb.20000,", "\nnmb.30000,", "\nqaly.discounted_total,"] {
      #expect(csv.contains(row), "comparison.csv lacks \(row)")
    }
  }

  /// A design against itself: every difference zero, the ICER undefined and said so.
  @Test("a care design compared with itself: zero differences and an undefined ICER")
  func itself() throws {
    let space = try Workspace()
    defer { space.cleanUp() }
    let hub = readyScenario("sandwell-hub.yaml")
    let outcome = try space.run([
      "compare", hub, hub, "--replications", "2", "--horizon", "1.5y", "--set", "warmup=0.5y", "--quiet",
    ])
    #expect(outcome.status == 0, "\(outcome.stderr)")
    let lines = try space.read("Output/compare-sandwell-hub-vs-sandwell-hub--warmup=0.5y/comparison.csv").split(
      separator: "\n")
    let icer = try #require(lines.first { $0.hasPrefix("icer,") })
    #expect(icer == "icer,,,,,,", "\(icer)")
    for row in lines.dropFirst() where !row.hasPrefix("icer") {
      let fields = row.split(separator: ",", omittingEmptySubsequences: false)
      #expect(fields[3].isEmpty || Double(fields[3]) == 0, "\(row)")
    }
    #expect(outcome.stdout.contains("ICER                  undefined (no QALY difference)"))
  }

  @Test("designs with different horizons exit 2 naming ALT's horizon; nothing is written")
  func differentHorizons() throws {
    let space = try Workspace()
    defer { space.cleanUp() }
    let base = try space.write(goodScenario, to: "base.yaml")
    let alt = try space.write(
      moreServersScenario.replacingOccurrences(of: "horizon: 2000", with: "horizon: 3000"), to: "alt.yaml")
    let outcome = try space.run(["compare", base, alt])
    #expect(outcome.status == 2)
    #expect(outcome.errorLines.count == 1)
    #expect(outcome.stderr.contains("alt.yaml: horizon"))
    #expect(outcome.stderr.contains("--horizon"))
    #expect(try space.contents() == ["alt.yaml", "base.yaml"])
    // --horizon sets both, so the same pair then runs.
    let forced = try space.run(["compare", base, alt, "--horizon", "1500", "--replications", "2", "--quiet"])
    #expect(forced.status == 0, "\(forced.stderr)")
  }

  @Test("a network compared with a care scenario exits 2 naming the model; nothing is written")
  func mixedModels() throws {
    let space = try Workspace()
    defer { space.cleanUp() }
    let network = try space.write(goodScenario, to: "base.yaml")
    let outcome = try space.run(["compare", network, readyScenario("sandwell-hub.yaml")])
    #expect(outcome.status == 2)
    #expect(outcome.errorLines.count == 1)
    #expect(outcome.stderr.contains("model"))
    #expect(try space.contents() == ["base.yaml"])
  }
}
