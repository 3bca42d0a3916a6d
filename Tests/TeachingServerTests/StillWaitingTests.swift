import Foundation
import Hummingbird
import HummingbirdTesting
import Projection
import Testing

@testable import TeachingServer

/// The people still waiting and the lists' growth: in the reply for the Sandwell presets, null for
/// one-step, and shown by the page.
@Suite struct StillWaitingTests {
  /// The reply's `still_waiting` object for a request body.
  func stillWaiting(_ body: String) async throws -> [String: Any] {
    let response = try await send(.post, "/api/simulate", body: body)
    #expect(response.status == .ok)
    return try #require(try json(response)["still_waiting"] as? [String: Any])
  }

  /// The `mean` of a metric object.
  func mean(_ object: Any?) -> Double? { (object as? [String: Any])?["mean"] as? Double }

  @Test func anOverloadedStepThreeGrowsAndIsWarned() async throws {
    let body = #"{"preset": "sandwell-hub", "staff_wte": 0.5, "replications": 2, "years": 1, "seed": 3}"#
    let still = try await stillWaiting(body)
    let waiting = try #require(mean(still["pathway_waiting"]))
    #expect(waiting > 100, "half a WTE at step 3 leaves many waiting")
    let over18 = try #require(mean(still["over_18_weeks_share"]))
    #expect(over18 > 0 && over18 <= 1)
    let services = try #require(still["services"] as? [[String: Any]])
    let step3 = try #require(services.first { $0["service"] as? String == "step3" })
    #expect(step3["name"] as? String == "step 3")
    let growth = try #require(step3["growth_per_year"] as? [String: Any])
    #expect(try #require(growth["mean"] as? Double) > 100)
    #expect(try #require(growth["ci_low"] as? Double) > 0, "two replications give an interval above zero")
    #expect(try #require(mean(step3["waiting"])) > 0)
    #expect(try #require(mean(step3["utilisation"])) >= 0.98)
    #expect(step3["growing"] as? Bool == true)
    let warnings = try #require(still["warnings"] as? [String])
    #expect(warnings.contains { $0.hasPrefix("Step 3's waiting list is still growing") }, "\(warnings)")
    let headline = try #require(still["headline"] as? String)
    #expect(headline.hasPrefix("People still waiting: "), "\(headline)")
    #expect(headline.contains("% over 18 weeks); step 3's list grows by about "), "\(headline)")
  }

  @Test func thePresetsOwnStaffLeavesNoListGrowing() async throws {
    let still = try await stillWaiting(#"{"preset": "sandwell-standard-2009", "replications": 2, "years": 1}"#)
    let services = try #require(still["services"] as? [[String: Any]])
    #expect(services.map { $0["service"] as? String }.contains("step3"))
    #expect(services.allSatisfy { $0["growing"] as? Bool == false })
    #expect((still["warnings"] as? [String])?.isEmpty == true)
    let waiting = try #require(mean(still["pathway_waiting"]))
    #expect(waiting > 0)
  }

  @Test func oneStepHasNone() async throws {
    let body = #"{"preset": "one-step", "replications": 1, "years": 1}"#
    let response = try await send(.post, "/api/simulate", body: body)
    #expect(response.status == .ok)
    let reply = try json(response)
    #expect(reply.keys.contains("still_waiting"))
    #expect(reply["still_waiting"] is NSNull)
  }

  @Test func thePageHasTheHeadlineAndTheWarning() async throws {
    let html = String(buffer: try await send(.get, "/").body)
    #expect(html.contains(#"id="still-waiting-line""#) && html.contains(#"id="list-warnings""#))
    let script = String(buffer: try await send(.get, "/page.js").body)
    #expect(script.contains("still_waiting") && script.contains("still.warnings"))
  }
}

/// The headline's and warnings' words.
@Suite struct WaitingWordsTests {
  @Test(arguments: [("step3", "step 3"), ("step1", "step 1"), ("linkworker", "linkworker"), ("3a", "3a")])
  func serviceNames(_ example: (id: String, name: String)) {
    #expect(WaitingWords.serviceName(example.id) == example.name)
  }

  @Test(arguments: [(0.4, "0"), (1234.6, "1,235"), (-56.2, "-56"), (1_000_000, "1,000,000")])
  func people(_ example: (value: Double, text: String)) {
    #expect(WaitingWords.people(example.value) == example.text)
  }

  static func growth(_ values: [Double]) -> MetricValue {
    MetricValue(key: "growth_per_year", label: "", unit: "people a year", values: values)
  }

  @Test func theHeadlineStatesTheGrowthAndItsInterval() {
    let growth = Self.growth([10, 12, 14])
    let headline = WaitingWords.headline(waiting: 537.8, over18Weeks: 0.0101, service: "step 3", growth: growth)
    let low = WaitingWords.people(growth.ciLow ?? .nan)
    let high = WaitingWords.people(growth.ciHigh ?? .nan)
    #expect(
      headline
        == "People still waiting: 538 (1.0% over 18 weeks); step 3's list grows by about 12 a year "
        + "(95% interval \(low) to \(high))")
  }

  @Test func aShrinkingOrSteadyListIsSaid() {
    let shrinking = WaitingWords.headline(waiting: 5, over18Weeks: nil, service: "step 2", growth: Self.growth([-7]))
    #expect(shrinking == "People still waiting: 5; step 2's list shrinks by about 7 a year")
    let steady = WaitingWords.headline(waiting: 5, over18Weeks: 0, service: "step 2", growth: Self.growth([0.2]))
    #expect(steady == "People still waiting: 5 (0.0% over 18 weeks); step 2's list holds steady")
  }

  @Test func aWarningNamesTheServiceAndItsFigures() throws {
    let summaries = [
      MetricSummary(name: "service.step3.waiting_list.trend_per_year", values: [400, 412, 424]),
      MetricSummary(name: "service.step3.utilisation", values: [0.999, 0.999, 0.999]),
    ]
    let growing = try #require(ListGrowthWarning.find(in: summaries).first)
    let warning = WaitingWords.warning(growing)
    #expect(warning.hasPrefix("Step 3's waiting list is still growing at the end of the run (about +412 people a year"))
    #expect(warning.contains("utilisation 99.9%"), "\(warning)")
  }
}
