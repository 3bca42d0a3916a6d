import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import TeachingServer

/// The repository's `Scenarios` folder, found from this file's place in the tree.
let scenariosDirectory = URL(fileURLWithPath: #filePath)
  .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
  .appendingPathComponent("Scenarios").path

/// The presets, loaded once for every test.
let sharedCatalog: Result<PresetCatalog, any Error> = Result {
  try PresetCatalog(scenariosDirectory: scenariosDirectory)
}

/// A server whose limiter allows `capacity` simulations at once (0: always busy).
///
/// Router tests send `Host: localhost` without a port, which names a server on port 80, so the
/// server is told it is bound there (it is not bound at all: `.router` tests use no network).
func makeServer(
  capacity: Int = SimulationService.defaultConcurrency, port: Int = 80, limits: ServerLimits = .standard
) throws -> TeachingServer {
  let service = SimulationService(catalog: try sharedCatalog.get(), limiter: SimulationLimiter(capacity: capacity))
  return TeachingServer(host: "127.0.0.1", port: port, service: service, limits: limits)
}

/// Sends one request through the router (no network) and returns the response. A body is sent as
/// `application/json` unless `headers` say otherwise.
func send(
  _ method: HTTPRequest.Method, _ uri: String, body: String? = nil, headers: HTTPFields = [:], capacity: Int = 2,
  port: Int = 80
) async throws -> TestResponse {
  var headers = headers
  if body != nil, headers[.contentType] == nil { headers[.contentType] = "application/json" }
  let app = try makeServer(capacity: capacity, port: port).application()
  return try await app.test(.router) { [headers] client in
    try await client.execute(uri: uri, method: method, headers: headers, body: body.map { ByteBuffer(string: $0) })
  }
}

/// The body of a response as JSON.
func json(_ response: TestResponse) throws -> [String: Any] {
  let object = try JSONSerialization.jsonObject(with: Data(response.body.readableBytesView))
  return object as? [String: Any] ?? [:]
}

/// The `error` message of a JSON error response.
func errorMessage(_ response: TestResponse) throws -> String {
  try json(response)["error"] as? String ?? ""
}

/// Checks the shape every refusal shares: a JSON body with a message, and the connection closed.
func expectJSONError(
  _ response: TestResponse, _ status: HTTPResponse.Status, mentioning words: String = "",
  sourceLocation: SourceLocation = #_sourceLocation
) throws {
  #expect(response.status == status, sourceLocation: sourceLocation)
  #expect(response.headers[.contentType]?.hasPrefix("application/json") == true, sourceLocation: sourceLocation)
  #expect(response.headers[.connection] == "close", sourceLocation: sourceLocation)
  #expect(response.headers[.xContentTypeOptions] == "nosniff", sourceLocation: sourceLocation)
  let message = try errorMessage(response)
  #expect(!message.isEmpty, sourceLocation: sourceLocation)
  #expect(words.isEmpty || message.contains(words), "\(message)", sourceLocation: sourceLocation)
}
