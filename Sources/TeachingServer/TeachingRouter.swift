import Foundation
import Hummingbird

/// The routes of the teaching server.
///
/// `GET /` the page, `GET /page.css`, `/charts.js` and `/page.js` its parts, `GET /api/presets` the
/// presets' defaults and the controls' ranges, `POST /api/simulate` (JSON only) a simulation,
/// `GET /api/lessons` the staged lessons and `POST /api/lesson` (JSON only) a lesson's runs.
/// ``RequestGate`` refuses other hosts (421), other methods on these paths (405) and bodies that are
/// not JSON (415); other paths are 404. Every refusal is JSON `{"error": message}` and closes the
/// connection.
public enum TeachingRouter {
  /// Builds the router around a simulation service; `hostCheck` names the host and port it answers.
  public static func make(
    service: SimulationService, hostCheck: HostCheck, assets: Result<PageAssets, TeachingError> = PageAssets.bundled
  ) -> Router<BasicRequestContext> {
    let router = Router(context: BasicRequestContext.self)
    router.add(middleware: JSONErrorMiddleware())
    router.add(middleware: RequestGate(hostCheck: hostCheck))
    for file in PageAssets.File.allCases {
      router.get(RouterPath(file.path)) { _, _ in
        switch assets {
        case .success(let assets): return ResponseHeaders.ok(assets.body(file), type: file.contentType)
        case .failure(let error): return ResponseHeaders.errorResponse(error)
        }
      }
    }
    router.get(RouterPath(TeachingRoutes.presets)) { _, _ in
      do throws(TeachingError) {
        return json(try service.presetsJSON())
      } catch {
        return ResponseHeaders.errorResponse(error)
      }
    }
    router.get(RouterPath(TeachingRoutes.lessons)) { _, _ in
      do throws(TeachingError) {
        return json(try service.lessonsJSON())
      } catch {
        return ResponseHeaders.errorResponse(error)
      }
    }
    router.post(RouterPath(TeachingRoutes.simulate)) { request, _ in
      await post(request) { body throws(TeachingError) in try await service.simulate(body: body) }
    }
    router.post(RouterPath(TeachingRoutes.lesson)) { request, _ in
      await post(request) { body throws(TeachingError) in try await service.lesson(body: body) }
    }
    return router
  }

  /// Reads at most the body limit, then answers with `answer`.
  static func post(
    _ request: Request, answer: @Sendable (Data) async throws(TeachingError) -> Data
  ) async -> Response {
    let limit = SimulationService.maxBodyBytes
    if let length = request.headers[.contentLength].flatMap({ Int($0) }), length > limit {
      return ResponseHeaders.errorResponse(.tooLarge(limit: limit))
    }
    let buffer: ByteBuffer
    do {
      buffer = try await request.body.collect(upTo: limit)
    } catch {
      return ResponseHeaders.errorResponse(.tooLarge(limit: limit))
    }
    do throws(TeachingError) {
      return json(try await answer(Data(buffer.readableBytesView)))
    } catch {
      return ResponseHeaders.errorResponse(error)
    }
  }

  static func json(_ data: Data) -> Response {
    ResponseHeaders.ok(ByteBuffer(bytes: data), type: "application/json; charset=utf-8")
  }
}
