import Foundation
import Projection
import Scenario
import Testing

/// Every regression file loads, is refused, or stops at its event limit exactly as its header
/// says, in-process (the CLI suite runs the same files through the real binary).
@Suite struct RegressionTests {
  @Test func everyListedDefectHasARegressionFile() throws {
    #expect(try RegressionCase.all().count >= 25)
  }

  @Test(arguments: try RegressionCase.all())
  func regression(_ regression: RegressionCase) throws {
    let workspace = try FuzzWorkspace()
    defer { workspace.remove() }
    if regression.isArea {
      #expect(FuzzHarness.areaOutcome(text: regression.text, file: regression.name).label == regression.expect)
      return
    }
    if regression.command == "sweep" {
      let arguments = Array(regression.options.drop { $0 != "--set" }.dropFirst().prefix(1))
      #expect(throws: SweepError.self) { try SweepGrid(arguments: arguments) }
      return
    }
    if regression.overrides.isEmpty, !regression.options.isEmpty { return }
    let started = Date()
    let (outcome, _) = try workspace.with("fuzz/\(regression.name)", text: regression.text) { path in
      FuzzHarness.outcome(
        path: path, overrides: regression.overrides, run: regression.expect != "refused", areaMutated: false)
    }
    #expect(outcome.label == regression.expect, "\(regression.name): \(outcome)")
    #expect(Date().timeIntervalSince(started) < FuzzHarness.timeLimit)
  }
}
