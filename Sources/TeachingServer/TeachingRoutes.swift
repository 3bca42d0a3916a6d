import Foundation
import Hummingbird

/// The server's paths and the one method each answers; other methods on them get 405.
enum TeachingRoutes {
  static let presets = "/api/presets"
  static let simulate = "/api/simulate"
  static let lessons = "/api/lessons"
  static let lesson = "/api/lesson"

  /// Every path and its method.
  static let methods: [String: HTTPRequest.Method] = {
    var methods = [presets: HTTPRequest.Method.get, simulate: .post, lessons: .get, lesson: .post]
    for file in PageAssets.File.allCases { methods[file.path] = .get }
    return methods
  }()

  /// Paths whose body must be JSON.
  static let jsonBodies: Set<String> = [simulate, lesson]

  /// True when a `Content-Type` value is `application/json`, with or without parameters.
  static func isJSON(_ contentType: String?) -> Bool {
    guard let contentType else { return false }
    let mediaType = contentType.split(separator: ";", maxSplits: 1).first ?? ""
    return mediaType.trimmingCharacters(in: .whitespaces).lowercased() == "application/json"
  }
}
