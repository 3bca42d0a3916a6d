import Foundation
import Hummingbird
import HummingbirdTesting

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
func makeServer(capacity: Int = SimulationService.defaultConcurrency) throws -> TeachingServer {
  let service = SimulationService(catalog: try sharedCatalog.get(), limiter: SimulationLimiter(capacity: capacity))
  return TeachingServer(host: "127.0.0.1", port: 0, service: service)
}

/// Sends one request through the router (no network) and returns the response.
func send(
  _ method: HTTPRequest.Method, _ uri: String, body: String? = nil, headers: HTTPFields = [:], capacity: Int = 2
) async throws -> TestResponse {
  let app = try makeServer(capacity: capacity).application()
  return try await app.test(.router) { client in
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
