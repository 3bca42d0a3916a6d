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
    #expect(html.contains(#"href="/page.css""#) && html.contains(#"src="/page.js""#))
    #expect(html.contains(#"src="/charts.js""#))
    let script = try await send(.get, "/page.js")
    #expect(script.status == .ok)
    #expect(script.headers[.contentType]?.hasPrefix("text/javascript") == true)
    #expect(String(buffer: script.body).contains("/api/simulate"))
    let charts = try await send(.get, "/charts.js")
    #expect(String(buffer: charts.body).contains("function niceScale"))
    let style = try await send(.get, "/page.css")
    #expect(style.status == .ok)
    #expect(style.headers[.contentType]?.hasPrefix("text/css") == true)
  }

  @Test(arguments: ["/", "/page.css", "/page.js", "/charts.js", "/api/presets"])
  func everyResponseCarriesTheSecurityHeaders(_ path: String) async throws {
    let response = try await send(.get, path)
    #expect(response.status == .ok)
    #expect(response.headers[.cacheControl] == "no-store")
    #expect(response.headers[.xContentTypeOptions] == "nosniff")
    #expect(response.headers[.contentSecurityPolicy]?.contains("default-src 'self'") == true)
    #expect(response.headers[.connection] == nil, "a good response keeps the connection")
  }

  @Test func thePageIsReadFromTheModuleResources() throws {
    let assets = try PageAssets.bundled.get()
    for file in PageAssets.File.allCases {
      #expect(assets.body(file).readableBytes > 1000, "\(file.rawValue)")
    }
    let missing = Result { () throws(TeachingError) in try PageAssets(bundle: Bundle(for: BundleProbe.self)) }
    #expect(throws: TeachingError.self) { try missing.get() }
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
    try expectJSONError(try await send(.get, "/nothing-here"), .notFound, mentioning: "/nothing-here")
    try expectJSONError(try await send(.post, "/api/nothing", body: "{}"), .notFound, mentioning: "/api/nothing")
  }
}

/// A class of the test bundle, which holds no page files.
final class BundleProbe {}
