/// Why the teaching server refused or could not answer a request.
///
/// Every case becomes an HTTP status with a JSON body `{"error": message}`; nothing a client sends
/// makes the server crash.
public enum TeachingError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The request is malformed or a value is out of range: HTTP 400.
  case badRequest(String)
  /// The body is longer than the limit (bytes): HTTP 413.
  case tooLarge(limit: Int)
  /// Too many simulations are running already: HTTP 429.
  case busy(limit: Int)
  /// A simulation could not be set up or run: HTTP 500.
  case failed(String)

  /// The HTTP status code.
  public var statusCode: Int {
    switch self {
    case .badRequest: return 400
    case .tooLarge: return 413
    case .busy: return 429
    case .failed: return 500
    }
  }

  public var description: String {
    switch self {
    case .badRequest(let message): return message
    case .tooLarge(let limit): return "the request body is larger than \(limit) bytes"
    case .busy(let limit):
      return "\(limit) simulations are already running; try again in a moment"
    case .failed(let message): return "the simulation failed: \(message)"
    }
  }
}
