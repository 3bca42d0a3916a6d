import Foundation
import Testing

/// A run whose design changes mid-run prints bed days by projection year, with the design in
/// force, and the change over the run beside the published figure the scenario names.
@Suite struct BedDayPathCLITests {
  static let scenario = CLI.packageRoot.appendingPathComponent("Scenarios/sandwell-2009-to-hub.yaml").path

  @Test("stepwell run of the 2009-to-hub switch prints the bed-day path beside the seed's figure")
  func bedDayPathBesideTheSeed() throws {
    let space = try Workspace()
    defer { space.cleanUp() }
    let outcome = try space.run([
      "run", Self.scenario, "--replications", "2", "--horizon", "3y", "--out", space.path("out"),
    ])
    #expect(outcome.status == 0, "\(outcome.stderr)")
    let text = outcome.stdout
    #expect(text.contains("Bed days by projection year"), "\(text)")
    let rows = text.split(separator: "\n").filter { $0.hasPrefix("2010-04") || $0.hasPrefix("2011-04") }
    #expect(rows.count == 2, "\(text)")
    #expect(rows.first?.contains("before the changes") == true && rows.last?.contains("changes of 2011-04-01") == true)
    #expect(text.contains("change from the first to the last year: "), "\(text)")
    #expect(text.contains("published: -52.0% (sandwell_bed_days_change_2009_2011"), "\(text)")
  }
}
