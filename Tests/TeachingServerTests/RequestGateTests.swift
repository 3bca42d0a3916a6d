import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

@testable import TeachingServer

/// The rules checked before any route runs: the Host, the method, the body's media type.
@Suite struct RequestGateTests {
  @Test func aHostWithoutThisServersPortIsRefused() async throws {
    // Router tests send `Host: localhost`, which names port 80; this server says it is on 8080.
    let page = try await send(.get, "/", port: 8080)
    try expectJSONError(page, .misdirectedRequest, mentioning: "localhost")
    let simulate = try await send(.post, "/api/simulate", body: #"{"preset": "one-step"}"#, port: 8080)
    try expectJSONError(simulate, .misdirectedRequest)
  }

  @Test func aSecondHostFieldIsRefused() async throws {
    let response = try await send(.get, "/", headers: [HTTPField.Name("Host")!: "evil.example"])
    try expectJSONError(response, .misdirectedRequest)
  }

  /// Known paths with a method they do not answer, and the method they do.
  static let wrongMethods: [(HTTPRequest.Method, String, String)] = [
    (.post, "/", "GET"), (.put, "/page.js", "GET"), (.delete, "/page.css", "GET"), (.post, "/charts.js", "GET"),
    (.post, "/api/presets", "GET"), (.get, "/api/simulate", "POST"), (.put, "/api/simulate", "POST"),
    (.options, "/api/simulate", "POST"), (.head, "/api/simulate", "POST"),
  ]

  @Test(arguments: wrongMethods)
  func otherMethodsOnKnownPathsGet405WithAllow(_ example: (HTTPRequest.Method, String, String)) async throws {
    let (method, path, allowed) = example
    let response = try await send(method, path, body: method == .head ? nil : "{}")
    #expect(response.status == .methodNotAllowed, "\(method) \(path)")
    #expect(response.headers[.allow] == allowed)
    #expect(response.headers[.accessControlAllowOrigin] == nil, "no cross-origin grant")
    if method != .head { try expectJSONError(response, .methodNotAllowed, mentioning: allowed) }
  }

  @Test(arguments: [
    "text/plain", "text/plain;charset=UTF-8", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x",
    "application/jsonp", "",
  ])
  func aBodyThatIsNotJSONGets415(_ type: String) async throws {
    let headers: HTTPFields = type.isEmpty ? [:] : [.contentType: type]
    let response = try await sendWithoutDefaultType(body: #"{"preset": "one-step"}"#, headers: headers)
    try expectJSONError(response, .unsupportedMediaType, mentioning: "application/json")
  }

  @Test(arguments: ["application/json", "application/json; charset=utf-8", "Application/JSON ;charset=UTF-8"])
  func jsonWithParametersIsAccepted(_ type: String) async throws {
    let response = try await send(
      .post, "/api/simulate", body: #"{"preset": "one-step", "years": 9}"#, headers: [.contentType: type])
    try expectJSONError(response, .badRequest, mentioning: "years")
  }

  @Test func everyRefusalOfTheBodyIsJSONAndCloses() async throws {
    try expectJSONError(try await send(.post, "/api/simulate", body: "[1]"), .badRequest)
    try expectJSONError(
      try await send(.post, "/api/simulate", body: #"{"preset": "one-step"}"#, capacity: 0), .tooManyRequests)
    let padding = String(repeating: " ", count: SimulationService.maxBodyBytes)
    try expectJSONError(
      try await send(.post, "/api/simulate", body: #"{"preset": "one-step"\#(padding)}"#), .contentTooLarge)
  }

  /// A POST to the API with exactly `headers` (no Content-Type added).
  func sendWithoutDefaultType(body: String, headers: HTTPFields) async throws -> TestResponse {
    let app = try makeServer().application()
    return try await app.test(.router) { client in
      try await client.execute(uri: "/api/simulate", method: .post, headers: headers, body: ByteBuffer(string: body))
    }
  }
}
