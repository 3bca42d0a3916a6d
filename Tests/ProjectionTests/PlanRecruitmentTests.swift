import CareModel
import Foundation
import Scenario
import Testing
import Yams

@testable import Projection

/// The repository's `Scenarios` folder.
private let scenarios = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
  .deletingLastPathComponent().appendingPathComponent("Scenarios")

@Suite("stepwell plan: the staff behind an answer and new posts after the recruitment lead")
struct PlanRecruitmentTests {
  /// The design of a shipped care scenario.
  func design(_ name: String) throws -> CareDesign {
    let loaded = try LoadedScenario.load(path: scenarios.appendingPathComponent(name).path)
    return try #require(loaded.design as? CareSetup).design
  }

  @Test("people to recruit by hand: 7 more posts at a 10% vacancy rate and 0.85 WTE a person need ceil(7.41) = 8")
  func vacancies() throws {
    let axis = try PlanAxis("services.step3.wte", current: 19)
    let recruitment = try #require(
      PlanRecruitment(design: try design("sandwell-2025-workforce.yaml"), axis: axis, answer: 26, delayed: true))
    #expect(recruitment.people == 8)
    #expect(abs(recruitment.answerInPost - 23.4) < 1e-9)
    #expect(recruitment.leadDays == 182)
    #expect(
      recruitment.phrase
        == "7 more contracted WTE, 6.3 in post at a 10% vacancy rate: about 8 people to recruit at 0.85 WTE each")
    let none = try #require(
      PlanRecruitment(design: try design("sandwell-2025.yaml"), axis: axis, answer: 22, delayed: false))
    #expect(none.people == 4)
    #expect(none.phrase == "3 more contracted WTE: about 4 people to recruit at 0.85 WTE each")
    #expect(
      PlanRecruitment(
        design: try design("sandwell-2025.yaml"), axis: try PlanAxis("services.inpatient.beds", current: 40),
        answer: 42, delayed: false) == nil)
  }

  @Test("a recruited plan adds a recruited change for a rise only, after the changes of its date; a cut is plain")
  func plannedChange() throws {
    let tree = try #require(
      try Yams.compose(
        yaml: "changes:\n  - date: 2026-01-01\n    set:\n      services.step2.wte: 15\n"))
    let change = PlannedChange(date: "2026-01-01", recruited: true, current: ["services.step3.wte": 19])
    let rise = change.applied(to: tree, values: [("services.step3.wte", "22")])
    let items = try #require(rise.mapping?["changes"]?.sequence)
    #expect(items.count == 2)
    #expect(items[1].mapping?["recruited"]?.string == "true")
    #expect(items[1].mapping?["set"]?.mapping?["services.step3.wte"]?.string == "22")
    let cut = change.applied(to: tree, values: [("services.step3.wte", "17")])
    let merged = try #require(cut.mapping?["changes"]?.sequence)
    #expect(merged.count == 1)
    #expect(merged[0].mapping?["recruited"] == nil)
    #expect(merged[0].mapping?["set"]?.mapping?["services.step3.wte"]?.string == "17")
  }
}
