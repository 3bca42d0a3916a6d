import Foundation
import Hummingbird

/// Turns errors the router itself raises (no such route: 404; a body over the limit: 413) into the
/// server's JSON error response, so every refusal a client sees has the same shape and closes the
/// connection.
struct JSONErrorMiddleware: RouterMiddleware {
  typealias Context = BasicRequestContext

  func handle(
    _ request: Request, context: Context, next: (Request, Context) async throws -> Response
  ) async throws -> Response {
    do {
      return try await next(request, context)
    } catch let error as HTTPResponseError {
      let teaching: TeachingError =
        switch error.status {
        case .notFound: .notFound(path: request.uri.path)
        case .contentTooLarge: .tooLarge(limit: SimulationService.maxBodyBytes)
        default: .badRequest(error.status.reasonPhrase)
        }
      var response = ResponseHeaders.errorResponse(teaching)
      if error.status.kind == .clientError { response.status = error.status }
      return response
    }
  }
}
