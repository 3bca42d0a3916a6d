import HTTPTypes
import Hummingbird

/// Refuses, before any route runs, a request that names another host (421), uses a method its
/// path does not answer (405, with `Allow`), or sends a body that is not JSON to the API (415).
struct RequestGate: RouterMiddleware {
  typealias Context = BasicRequestContext
  let hostCheck: HostCheck

  func handle(
    _ request: Request, context: Context, next: (Request, Context) async throws -> Response
  ) async throws -> Response {
    if let refusal = refusal(request) { return ResponseHeaders.errorResponse(refusal) }
    return try await next(request, context)
  }

  /// A `Host` field left among the header fields: the HTTP/1 codec moves the first into the
  /// request's authority, so one here is a second `Host`.
  static let hostField = HTTPField.Name("Host")

  /// Why `request` is refused, or nil.
  func refusal(_ request: Request) -> TeachingError? {
    let authority = request.head.authority
    guard hostCheck.allows(authority), RequestGate.hostField.map({ request.headers[values: $0].isEmpty }) ?? true
    else {
      return .misdirected(host: authority)
    }
    let path = request.uri.path
    if let method = TeachingRoutes.methods[path], request.method != method {
      return .methodNotAllowed(method: request.method.rawValue, allowed: [method.rawValue])
    }
    if TeachingRoutes.jsonBodies.contains(path), !TeachingRoutes.isJSON(request.headers[.contentType]) {
      return .unsupportedMediaType(request.headers[.contentType])
    }
    return nil
  }
}
