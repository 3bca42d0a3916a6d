import Foundation
import Hummingbird

/// Turns errors the router itself raises (no such route: 404; wrong method: 405) into the
/// server's JSON error body, so every failure a client sees has the same shape.
struct JSONErrorMiddleware: RouterMiddleware {
  typealias Context = BasicRequestContext

  func handle(
    _ request: Request, context: Context, next: (Request, Context) async throws -> Response
  ) async throws -> Response {
    do {
      return try await next(request, context)
    } catch let error as HTTPResponseError {
      let message = error.status == .notFound ? "no such page or API: \(request.uri.path)" : "\(error.status)"
      let body = (try? JSONEncoder().encode(["error": message])) ?? Data()
      return Response(
        status: error.status, headers: [.contentType: "application/json; charset=utf-8"],
        body: ResponseBody(byteBuffer: ByteBuffer(bytes: body)))
    }
  }
}
