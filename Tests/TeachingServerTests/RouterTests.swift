import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import TeachingServer

/// The routes: the page and its parts, the presets, a valid simulation, and 404 elsewhere.
@Suite struct RouterTests {
  @Test func servesThePageAndItsParts() async throws {
    let page = try await send(.get, "/")
    #expect(page.status == .ok)
    #expect(page.headers[.contentType]?.hasPrefix("text/html") == true)
    let html = String(buffer: page.body)
    #expect(html.contains("How capacity drives waits"))
    #expect(!html.contains("https://"), "the page loads nothing from elsewhere")
    let script = try await send(.get, "/app.js")
    #expect(script.status == .ok)
    #expect(String(buffer: script.body).contains("/api/simulate"))
    let style = try await send(.get, "/style.css")
    #expect(style.status == .ok)
    #expect(style.headers[.contentType]?.hasPrefix("text/css") == true)
  }

  @Test func listsThePresetsWithTheirDefaults() async throws {
    let response = try await send(.get, "/api/presets")
    #expect(response.status == .ok)
    let presets = try json(response)["presets"] as? [[String: Any]] ?? []
    #expect(presets.compactMap { $0["preset"] as? String } == Preset.allCases.map(\.rawValue))
    let oneStep = try #require(presets.first)
    #expect(oneStep["staff_wte"] as? Double == 2)
    #expect(oneStep["sessions_per_course"] as? Double == 42)
    #expect(oneStep["has_theory"] as? Bool == true)
  }

  @Test func simulatesTheOneStepPresetWithTheory() async throws {
    let body = #"{"preset": "one-step", "replications": 2, "years": 2, "seed": 7}"#
    let response = try await send(.post, "/api/simulate", body: body)
    #expect(response.status == .ok)
    let reply = try json(response)
    let theory = try #require(reply["theory"] as? [String: Any])
    #expect(theory["servers"] as? Int == 16)
    #expect(theory["service_mean_days"] as? Double == 41)
    let rho = try #require(theory["utilisation"] as? Double)
    #expect(rho > 0.7 && rho < 0.95)
    let metrics = try #require(reply["metrics"] as? [[String: Any]])
    #expect(metrics.first?["key"] as? String == "wait_mean_days")
    let list = try #require(reply["waiting_list"] as? [String: Any])
    #expect((list["mean"] as? [Any])?.count == (list["week_start_days"] as? [Any])?.count)
    let bins = try #require((reply["waits"] as? [String: Any])?["bins"] as? [[String: Any]])
    let shares = bins.compactMap { ($0["share"] as? [String: Any])?["mean"] as? Double }
    #expect(abs(shares.reduce(0, +) - 1) < 1e-9, "the bars cover every wait")
  }

  @Test func sameInputsAndSeedGiveTheSameNumbers() async throws {
    let body = #"{"preset": "one-step", "replications": 2, "years": 1, "staff_wte": 1.75}"#
    let first = try json(try await send(.post, "/api/simulate", body: body))
    let second = try json(try await send(.post, "/api/simulate", body: body))
    #expect(first["metrics"] as? NSArray == second["metrics"] as? NSArray)
    #expect(first["waits"] as? NSDictionary == second["waits"] as? NSDictionary)
  }

  @Test func simulatesASandwellPresetWithoutTheory() async throws {
    let body = #"{"preset": "sandwell-hub", "replications": 1, "years": 1, "staff_wte": 20, "callbacks": false}"#
    let response = try await send(.post, "/api/simulate", body: body)
    #expect(response.status == .ok)
    let reply = try json(response)
    #expect(reply["theory"] is NSNull)
    #expect(reply["theory_note"] is String)
    #expect((reply["inputs"] as? [String: Any])?["staff_wte"] as? Double == 20)
  }

  @Test func unknownRoutesAreNotFound() async throws {
    let response = try await send(.get, "/nothing-here")
    #expect(response.status == .notFound)
    #expect(try errorMessage(response).contains("/nothing-here"))
    let wrongMethod = try await send(.get, "/api/simulate")
    #expect(wrongMethod.status.code >= 400 && wrongMethod.status.code < 500)
  }
}
