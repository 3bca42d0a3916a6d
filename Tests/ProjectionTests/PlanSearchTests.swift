import Foundation
import Testing

@testable import Projection

/// A point whose replications meet the targets `successes` times out of `replications`.
private func point(_ index: Int, successes: Int, of replications: Int) -> PlanPoint {
  PlanPoint(
    indices: [index], texts: [String(index)], values: [Double(index)], replications: replications,
    successes: successes, targetSummaries: [], targetSuccesses: [], cost: nil, summaries: [], events: 0,
    wallSeconds: 0)
}

@Suite("stepwell plan: the search and its targets")
struct PlanSearchTests {
  @Test("a clear threshold at every start is found exactly, in few evaluations", arguments: [0, 3, 11, 12, 30, 63])
  func clearThreshold(_ start: Int) throws {
    var calls = 0
    var search = PlanSearch(count: 64, confidence: 0.9, replications: 40, maximumReplications: 40) { index, n in
      calls += 1
      return point(index, successes: index >= 12 ? n : 0, of: n)
    }
    let outcome = try search.run(from: start)
    #expect(outcome.answer == 12)
    #expect(outcome.below == 11)
    #expect(calls <= 14, "\(calls) evaluations")
  }

  @Test("every value passing gives the lowest; none passing gives no answer and the highest tried")
  func ends() throws {
    var all = PlanSearch(count: 20, confidence: 0.9, replications: 40, maximumReplications: 40) { index, n in
      point(index, successes: n, of: n)
    }
    let low = try all.run(from: 10)
    #expect(low.answer == 0)
    #expect(low.below == nil)
    var none = PlanSearch(count: 20, confidence: 0.9, replications: 40, maximumReplications: 40) { index, n in
      point(index, successes: 0, of: n)
    }
    let high = try none.run(from: 10)
    #expect(high.answer == nil)
    #expect(high.highestTried == 19)
  }

  @Test("a value the scenario refuses ends the bracket: the least allowed value is the answer")
  func refused() throws {
    var search = PlanSearch(count: 30, confidence: 0.9, replications: 40, maximumReplications: 40) { index, n in
      index < 8 ? nil : point(index, successes: n, of: n)
    }
    let outcome = try search.run(from: 15)
    #expect(outcome.answer == 8)
    #expect(outcome.below.map { search.refused.contains($0) } == true)
  }

  @Test("near the boundary replications double until the verdict is clear, and a verdict that turns moves the answer")
  func refinement() throws {
    // The probability of meeting the targets rises by 0.05 a step: 0.8 at 10, 0.9 at 12, 0.95 at 13.
    let probability = { (index: Int) in min(1, max(0, 0.3 + 0.05 * Double(index))) }
    var counts: [Int: Int] = [:]
    var search = PlanSearch(count: 20, confidence: 0.9, replications: 10, maximumReplications: 160) { index, n in
      counts[index] = n
      // At 10 replications index 11 (0.85) rounds to 9 of 10 and looks as if it passes; more
      // replications show 0.85 below 0.9.
      let successes = n == 10 && index == 11 ? 9 : Int((probability(index) * Double(n)).rounded(.down))
      return point(index, successes: successes, of: n)
    }
    let outcome = try search.run(from: 5)
    #expect(outcome.answer == 12)
    #expect(outcome.below == 11)
    #expect(counts[11] == 160)
    #expect(search.evaluated[11]?.meets(0.9) == false)
  }

  @Test("the exact interval: 29 of 29 clears 0.9 one-sided at 95%, 28 of 28 does not; 0 of 5 is clearly below")
  func clearVerdicts() {
    #expect(point(0, successes: 29, of: 29).isClear(0.9))
    #expect(!point(0, successes: 28, of: 28).isClear(0.9))
    #expect(point(0, successes: 0, of: 5).isClear(0.9))
    #expect(!point(0, successes: 9, of: 10).isClear(0.9))
    let interval = point(0, successes: 20, of: 20).successInterval
    #expect(abs(interval.low - pow(0.025, 1.0 / 20)) < 1e-9)
    #expect(interval.high == 1)
  }

  @Test(
    "targets parse and refuse bad expressions with the form allowed",
    arguments: [
      ("pathway.within_6_weeks>=0.75", true), ("pathway.within_6_weeks >= 75%", true),
      ("service.step3.wait.mean<=42", true), ("pathway.waiting.over_18_weeks.share<0.01", true),
      ("pathway.within_6_weeks=0.75", false), ("pathway.within_6_week>=0.75", false), (">=0.75", false),
      ("pathway.within_6_weeks>=abc", false), ("pathway.within_6_weeks>=1.5", false),
      ("node.clinic.wait.mean<=1", false),
    ])
  func targets(_ text: String, _ valid: Bool) {
    do {
      let target = try PlanTarget(text, model: .care)
      #expect(valid, "\(text) was accepted")
      #expect(target.threshold == (text.contains("75%") ? 0.75 : target.threshold))
    } catch {
      #expect(!valid, "\(text): \(error)")
      #expect(error.description.contains("allowed"))
    }
  }

  @Test("a target holds by its comparison, and never for a value that is not a number")
  func holds() throws {
    let atLeast = try PlanTarget("pathway.within_6_weeks>=0.75", model: .care)
    #expect(atLeast.holds(0.75))
    #expect(!atLeast.holds(0.7499))
    #expect(!atLeast.holds(.nan))
    let below = try PlanTarget("service.step3.wait.mean<42", model: .care)
    #expect(below.holds(41.9))
    #expect(!below.holds(42))
  }
}
