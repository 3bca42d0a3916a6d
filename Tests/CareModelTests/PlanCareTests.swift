import Foundation
import Projection
import Scenario
import Testing

/// `stepwell plan` on the service of today (`Scenarios/sandwell-2025.yaml`): the step-3 WTE
/// that keeps the step-3 list's mean wait within six weeks by 31 March 2027. The answer must
/// hold on a seed the search never saw, and one WTE fewer must not. Heavy only (release): about
/// a dozen two-year evaluations of 10 to 40 replications.
@Suite("Capacity planning on a care scenario", .enabled(if: heavyChecks))
struct PlanCareTests {
  static let scenario = ShippedScenario.today.path
  static let target = "service.step3.wait.mean<=42"

  @Test("the answer meets its target on an independent seed and one WTE fewer does not")
  func independentSeed() throws {
    let request = PlanRequest(
      path: PlanCareTests.scenario, varies: ["services.step3.wte"], targets: [PlanCareTests.target],
      confidence: 0.9, by: "2027-03-31", overrides: [try SetOverride("replications=10")])
    let plan = try PlanRun(request: request, options: RunOptions())
    let answer = try #require(plan.answer, "\(plan.sentence)")
    #expect(!plan.answerIsLowest, "\(plan.sentence)")
    let wte = answer.values[0]
    let check = { (value: Double) throws -> PlanPoint in
      let confirm = PlanRequest(
        path: PlanCareTests.scenario, varies: ["services.step3.wte=\(value)...\(value + 1):1"],
        targets: [PlanCareTests.target], confidence: 0.9, by: "2027-03-31",
        overrides: [try SetOverride("replications=40"), try SetOverride("seed=777")], maximumReplications: 40)
      let run = try PlanRun(request: confirm, options: RunOptions())
      return try #require(run.points.first { $0.values[0] == value })
    }
    let at = try check(wte)
    let fewer = try check(wte - 1)
    report("plan: \(plan.sentence)")
    report(
      "seed 777: at \(wte) \(at.successes)/\(at.replications), at \(wte - 1) \(fewer.successes)/\(fewer.replications)")
    #expect(at.targetSummaries[0].mean <= 42)
    #expect(at.successShare >= 0.8, "at \(wte): \(at.successes) of \(at.replications)")
    #expect(fewer.successShare < 0.9, "at \(wte - 1): \(fewer.successes) of \(fewer.replications)")
    let forms = try #require(plan.closedForms)
    let relief = try #require(forms.answers.first { $0.name == "relief_capacity" })
    #expect(relief.value > 19 && relief.value < wte + 1, "relief capacity \(relief.value)")
  }
}
