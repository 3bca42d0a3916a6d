/// Why the teaching server refused or could not answer a request.
///
/// Every case becomes an HTTP status with a JSON body `{"error": message}`; nothing a client sends
/// makes the server crash.
public enum TeachingError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The request is malformed or a value is out of range: HTTP 400.
  case badRequest(String)
  /// No page or API has this path: HTTP 404.
  case notFound(path: String)
  /// The path exists but not for this method: HTTP 405 (`allowed`: the methods it answers).
  case methodNotAllowed(method: String, allowed: [String])
  /// The request's head or body did not arrive in time (seconds): HTTP 408.
  case timedOut(seconds: Double)
  /// The body is longer than the limit (bytes): HTTP 413.
  case tooLarge(limit: Int)
  /// The body is not declared `application/json`: HTTP 415.
  case unsupportedMediaType(String?)
  /// The `Host` header names another site than this server: HTTP 421.
  case misdirected(host: String?)
  /// Too many simulations are running already: HTTP 429.
  case busy(limit: Int)
  /// The request's header fields are larger than the limit (bytes): HTTP 431.
  case headerTooLarge(limit: Int)
  /// A simulation could not be set up or run: HTTP 500.
  case failed(String)

  /// The HTTP status code.
  public var statusCode: Int {
    switch self {
    case .badRequest: return 400
    case .notFound: return 404
    case .methodNotAllowed: return 405
    case .timedOut: return 408
    case .tooLarge: return 413
    case .unsupportedMediaType: return 415
    case .misdirected: return 421
    case .busy: return 429
    case .headerTooLarge: return 431
    case .failed: return 500
    }
  }

  public var description: String {
    switch self {
    case .badRequest(let message): return message
    case .notFound(let path): return "no such page or API: \(path)"
    case .methodNotAllowed(let method, let allowed):
      return "\(method) is not allowed here (allowed: \(allowed.joined(separator: ", ")))"
    case .timedOut(let seconds):
      let amount = seconds == seconds.rounded() ? String(Int(seconds)) : String(seconds)
      return "the request did not arrive within \(amount) seconds"
    case .tooLarge(let limit): return "the request body is larger than \(limit) bytes"
    case .unsupportedMediaType(let type):
      return "the body must be sent as Content-Type: application/json (got \(type ?? "none"))"
    case .misdirected(let host):
      return "this server answers only to its own address and port, such as 127.0.0.1:PORT or localhost:PORT "
        + "(Host: \(host ?? "none"))"
    case .busy(let limit):
      return "\(limit) simulations are already running; try again in a moment"
    case .headerTooLarge(let limit): return "the request's header fields are larger than \(limit) bytes"
    case .failed(let message): return "the simulation failed: \(message)"
    }
  }
}
