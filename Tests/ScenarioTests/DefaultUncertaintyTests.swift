import Foundation
import Scenario
import Testing

/// The shipped default ranges (`Scenarios/uncertainty/defaults.yaml`) against their documentation
/// and the scenarios that use them.
@Suite("The shared default ranges")
struct DefaultUncertaintyTests {
  static let scenario = shippedScenarios.appendingPathComponent("sandwell-standard-2009.yaml").path

  static func inputs() throws -> [UncertainInput] {
    let (tree, _) = try ScenarioTree.loadTracingOrigins(path: scenario)
    return try #require(try UncertaintyReader.read(tree, path: scenario)).inputs
  }

  @Test("every default has a grade, a source and a reason, and finite quantiles from 0.05% to 99.95%")
  func complete() throws {
    let inputs = try DefaultUncertaintyTests.inputs()
    #expect(inputs.count >= 80)
    for input in inputs {
      #expect(["A", "B", "C", "D"].contains(input.grade ?? ""), "\(input.key)")
      #expect(!(input.source ?? "").isEmpty && !(input.reason ?? "").isEmpty, "\(input.key)")
      let quantiles = [0.0005, 0.025, 0.5, 0.975, 0.9995].map(input.distribution.quantile)
      #expect(quantiles.allSatisfy { $0.isFinite } && quantiles == quantiles.sorted(), "\(input.key): \(quantiles)")
      if input.applies != .value {
        #expect(quantiles[0] > 0, "a factor stays positive: \(input.key)")
      }
    }
  }

  @Test("docs/uncertainty.md lists every default with its 95% interval")
  func documented() throws {
    let doc = try String(
      contentsOf: shippedScenarios.deletingLastPathComponent().appendingPathComponent("docs/uncertainty.md"),
      encoding: .utf8)
    for input in try DefaultUncertaintyTests.inputs() {
      #expect(doc.contains("`\(input.key)`"), "\(input.key) is not in docs/uncertainty.md")
    }
  }
}
