import Foundation
import Hummingbird

/// The routes of the teaching server.
///
/// `GET /` the page, `GET /style.css` and `GET /app.js` its parts, `GET /api/presets` the presets'
/// defaults and the controls' ranges, `POST /api/simulate` a simulation. Everything else is 404.
/// Errors are JSON `{"error": message}` with status 400, 404, 405, 413, 429 or 500.
public enum TeachingRouter {
  /// Builds the router around a simulation service.
  public static func make(service: SimulationService) -> Router<BasicRequestContext> {
    let router = Router(context: BasicRequestContext.self)
    router.add(middleware: JSONErrorMiddleware())
    router.get("/") { _, _ in asset(PageHTML.text, type: "text/html; charset=utf-8") }
    router.get("/style.css") { _, _ in asset(PageStyle.text, type: "text/css; charset=utf-8") }
    router.get("/app.js") { _, _ in asset(PageScript.text, type: "text/javascript; charset=utf-8") }
    router.get("/api/presets") { _, _ in
      do throws(TeachingError) {
        return json(try service.presetsJSON())
      } catch {
        return failure(error)
      }
    }
    router.post("/api/simulate") { request, _ in
      await simulate(request, service: service)
    }
    return router
  }

  /// Reads at most the body limit, then simulates.
  static func simulate(_ request: Request, service: SimulationService) async -> Response {
    let limit = SimulationService.maxBodyBytes
    if let length = request.headers[.contentLength].flatMap({ Int($0) }), length > limit {
      return failure(.tooLarge(limit: limit))
    }
    let buffer: ByteBuffer
    do {
      buffer = try await request.body.collect(upTo: limit)
    } catch {
      return failure(.tooLarge(limit: limit))
    }
    do throws(TeachingError) {
      return json(try await service.simulate(body: Data(buffer.readableBytesView)))
    } catch {
      return failure(error)
    }
  }

  static func asset(_ text: String, type: String) -> Response {
    Response(
      status: .ok, headers: [.contentType: type, .cacheControl: "no-store"],
      body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
  }

  static func json(_ data: Data, status: HTTPResponse.Status = .ok) -> Response {
    Response(
      status: status, headers: [.contentType: "application/json; charset=utf-8", .cacheControl: "no-store"],
      body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
  }

  static func failure(_ error: TeachingError) -> Response {
    json(TeachingJSON.error(error), status: HTTPResponse.Status(code: error.statusCode))
  }
}
