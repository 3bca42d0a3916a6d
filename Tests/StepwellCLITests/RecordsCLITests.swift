import Foundation
import Testing

/// `--records`: network runs write one row per customer; care runs refuse it before any work.
@Suite("--records")
struct RecordsCLITests {
  @Test("A care run with --records exits 2 naming the option; nothing is written")
  func careRefused() throws {
    let space = try Workspace()
    defer { space.cleanUp() }
    let scenario = CLI.packageRoot.appendingPathComponent("Scenarios/teaching/one-step.yaml").path
    for command in [["run", scenario], ["compare", scenario, scenario]] {
      let outcome = try space.run(command + ["--records", "--replications", "1", "--out", "out"])
      #expect(outcome.status == 2, "\(command[0]): \(outcome.stderr)")
      #expect(outcome.errorLines.count == 1)
      #expect(outcome.stderr.contains("--records"), "\(outcome.stderr)")
      #expect(try space.contents().isEmpty)
    }
  }

  @Test("A network run with --records writes records.csv, one row per customer of replication 1")
  func networkWrites() throws {
    let space = try Workspace()
    defer { space.cleanUp() }
    let file = try space.write(goodScenario, to: "good.yaml")
    let outcome = try space.run(["run", file, "--records", "--replications", "2", "--quiet", "--out", "out"])
    #expect(outcome.status == 0, "\(outcome.stderr)")
    let records = try space.read("out/records.csv").split(separator: "\n")
    #expect(records.first == "replication,customer,entered,left,outcome,visits,total_wait")
    #expect(records.count > 100)
    #expect(records.dropFirst().allSatisfy { $0.hasPrefix("1,") })
  }
}
