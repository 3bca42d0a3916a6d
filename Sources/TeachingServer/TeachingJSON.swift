import Foundation

/// The server's JSON: snake_case keys in sorted order, so equal inputs give equal numbers in the
/// same places.
enum TeachingJSON {
  static func encode(_ value: some Encodable) throws(TeachingError) -> Data {
    let encoder = JSONEncoder()
    encoder.keyEncodingStrategy = .convertToSnakeCase
    encoder.outputFormatting = [.sortedKeys]
    do {
      return try encoder.encode(value)
    } catch {
      throw .failed("could not encode the reply: \(error)")
    }
  }

  /// `{"error": message}`.
  static func error(_ error: TeachingError) -> Data {
    (try? encode(["error": error.description])) ?? Data("{\"error\":\"error\"}".utf8)
  }
}
