import Foundation

/// What `POST /api/simulate` does with a body: parse, check, take a slot, simulate off the event
/// loop, encode. Injectable in tests (a limiter of capacity 0 makes every request busy).
public struct SimulationService: Sendable {
  /// The largest body accepted (bytes).
  public static let maxBodyBytes = 16 * 1024
  /// Simulations at once by default.
  public static let defaultConcurrency = 2

  public let catalog: PresetCatalog
  public let limiter: SimulationLimiter

  public init(catalog: PresetCatalog, limiter: SimulationLimiter = SimulationLimiter(capacity: defaultConcurrency)) {
    self.catalog = catalog
    self.limiter = limiter
  }

  /// The JSON reply to a request body.
  public func simulate(body: Data) async throws(TeachingError) -> Data {
    guard body.count <= SimulationService.maxBodyBytes else { throw .tooLarge(limit: SimulationService.maxBodyBytes) }
    let request = try SimulationRequest(json: body)
    guard limiter.tryAcquire() else { throw .busy(limit: limiter.capacity) }
    let catalog = catalog
    let outcome = await Offload.run { () -> Result<SimulationResponse, TeachingError> in
      do throws(TeachingError) {
        return .success(try TeachingRun.simulate(request, catalog: catalog))
      } catch {
        return .failure(error)
      }
    }
    limiter.release()
    return try TeachingJSON.encode(try outcome.get())
  }

  /// The JSON reply to a lesson request body (`POST /api/lesson`), under the same slot limit.
  public func lesson(body: Data) async throws(TeachingError) -> Data {
    guard body.count <= SimulationService.maxBodyBytes else { throw .tooLarge(limit: SimulationService.maxBodyBytes) }
    let request = try LessonRequest(json: body)
    guard limiter.tryAcquire() else { throw .busy(limit: limiter.capacity) }
    let outcome = await Offload.run { () -> Result<LessonResponse, TeachingError> in
      do throws(TeachingError) {
        return .success(try LessonRun.run(request))
      } catch {
        return .failure(error)
      }
    }
    limiter.release()
    return try TeachingJSON.encode(try outcome.get())
  }

  /// The lessons, for the page (`GET /api/lessons`).
  public func lessonsJSON() throws(TeachingError) -> Data {
    try TeachingJSON.encode(LessonList())
  }

  /// The presets and the controls' ranges, for the page.
  public func presetsJSON() throws(TeachingError) -> Data {
    try TeachingJSON.encode(PresetList(presets: catalog.presets))
  }
}
