import Foundation
import HTTPTypes
import Hummingbird

/// The header fields of the server's responses: security fields on every one, and the JSON error
/// response that every refusal sends.
enum ResponseHeaders {
  /// Sent with every response: nothing is cached, sniffed, framed, or loaded from another origin.
  static let security: HTTPFields = fields([
    ("Cache-Control", "no-store"),
    ("X-Content-Type-Options", "nosniff"),
    ("X-Frame-Options", "DENY"),
    ("Referrer-Policy", "no-referrer"),
    (
      "Content-Security-Policy",
      "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; "
        + "form-action 'self'"
    ),
  ])

  /// The fields of a JSON error response of `length` bytes; it closes the connection.
  static func error(_ error: TeachingError, length: Int) -> HTTPFields {
    var headers = security
    headers[.contentType] = "application/json; charset=utf-8"
    headers[.contentLength] = String(length)
    headers[.connection] = "close"
    if case .methodNotAllowed(_, let allowed) = error {
      headers[.allow] = allowed.joined(separator: ", ")
    }
    return headers
  }

  /// The JSON error response `{"error": message}` with its status; it closes the connection.
  static func errorResponse(_ error: TeachingError) -> Response {
    let body = TeachingJSON.error(error)
    return Response(
      status: HTTPResponse.Status(code: error.statusCode), headers: self.error(error, length: body.count),
      body: ResponseBody(byteBuffer: ByteBuffer(bytes: body)))
  }

  /// A successful response: `type` is its media type.
  static func ok(_ body: ByteBuffer, type: String) -> Response {
    var headers = security
    headers[.contentType] = type
    return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: body))
  }

  static func fields(_ pairs: [(String, String)]) -> HTTPFields {
    HTTPFields(pairs.compactMap { name, value in HTTPField.Name(name).map { HTTPField(name: $0, value: value) } })
  }
}
