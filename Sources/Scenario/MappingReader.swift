import Foundation
import Yams

/// Typed, validating access to one YAML mapping, with the key path used in every error.
///
/// Scenario loading follows "fill defaults, then validate everything, then build": each reader
/// method either returns a value that is in range or throws a `ScenarioError` naming the file,
/// the key path and what is allowed.
public struct MappingReader {
  /// The file the mapping came from.
  public let file: String
  /// The dotted key path of this mapping ("" at the top).
  public let path: String
  /// The keys in file order with their values.
  public let pairs: [(key: String, value: Node)]
  /// Where the mapping starts in the file.
  public let line: Int?

  /// Reads `node` as a mapping with string keys.
  public init(_ node: Node, file: String, path: String) throws {
    self.file = file
    self.path = path
    line = node.mark?.line
    guard case .mapping(let mapping) = node else {
      throw ScenarioError.invalid(
        file: file, keyPath: path, line: node.mark?.line, problem: "expected a mapping of keys",
        allowed: "a YAML mapping (key: value lines)")
    }
    var pairs: [(key: String, value: Node)] = []
    for (key, value) in mapping {
      guard case .scalar(let scalar) = key else {
        throw ScenarioError.invalid(
          file: file, keyPath: path, line: key.mark?.line, problem: "a key is not plain text",
          allowed: "plain text keys")
      }
      pairs.append((scalar.string, value))
    }
    self.pairs = pairs
  }

  /// The key path of `key` inside this mapping.
  public func keyPath(_ key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }

  /// The value of `key`, if present and not null.
  public func node(_ key: String) -> Node? {
    guard let value = pairs.first(where: { $0.key == key })?.value else { return nil }
    if case .scalar(let scalar) = value, scalar.style == .plain || scalar.style == .any,
      ["", "~", "null", "Null", "NULL"].contains(scalar.string)
    {
      return nil
    }
    return value
  }

  /// True when `key` is present with a value.
  public func has(_ key: String) -> Bool { node(key) != nil }

  /// An error about `key` (or this mapping when `key` is nil).
  public func error(_ key: String?, _ problem: String, allowed: String) -> ScenarioError {
    let line = key.flatMap { node($0)?.mark?.line } ?? line
    return .invalid(
      file: file, keyPath: key.map(keyPath) ?? path, line: line, problem: problem, allowed: allowed)
  }

  /// Rejects keys not in `allowed`, naming the first unknown one and listing the allowed ones.
  public func rejectUnknownKeys(_ allowed: [String]) throws {
    for (key, value) in pairs where !allowed.contains(key) {
      throw ScenarioError.invalid(
        file: file, keyPath: keyPath(key), line: value.mark?.line, problem: "unknown key '\(key)'",
        allowed: allowed.joined(separator: ", "))
    }
  }

  /// A nested mapping.
  public func mapping(_ key: String) throws -> MappingReader? {
    guard let value = node(key) else { return nil }
    return try MappingReader(value, file: file, path: keyPath(key))
  }

  /// A sequence's elements.
  public func sequence(_ key: String) throws -> [Node]? {
    guard let value = node(key) else { return nil }
    guard case .sequence(let sequence) = value else {
      throw error(key, "expected a list", allowed: "a YAML list (lines starting with '- ')")
    }
    return Array(sequence)
  }

  /// The text of a scalar.
  public func string(_ key: String) throws -> String? {
    guard let value = node(key) else { return nil }
    guard case .scalar(let scalar) = value else {
      throw error(key, "expected a single value", allowed: "text")
    }
    return scalar.string
  }

  /// A required text value.
  public func requiredString(_ key: String, allowed: String = "text") throws -> String {
    guard let text = try string(key) else { throw error(key, "is missing", allowed: allowed) }
    return text
  }

  /// A finite number, checked against `range` (described by `allowed`, which states both ends).
  ///
  /// Without a range, any number of magnitude at most `ScenarioLimits.maximumMagnitude`.
  public func double(
    _ key: String,
    in range: ClosedRange<Double> = -ScenarioLimits.maximumMagnitude...ScenarioLimits.maximumMagnitude,
    allowed: String? = nil
  ) throws -> Double? {
    guard let text = try string(key) else { return nil }
    let allowed = MappingReader.allowed(allowed, range)
    guard let value = MappingReader.number(text), value.isFinite else {
      throw error(key, "'\(text)' is not a number", allowed: allowed)
    }
    guard range.contains(value) else {
      throw error(key, "\(text) is out of range", allowed: allowed)
    }
    return value
  }

  /// A number above 0: from `ScenarioLimits.smallestPositive` to `maximum`.
  public func positiveDouble(
    _ key: String, maximum: Double = ScenarioLimits.maximumMagnitude, noun: String = "a number"
  ) throws -> Double? {
    let range = ScenarioLimits.smallestPositive...maximum
    return try double(key, in: range, allowed: ScenarioLimits.range(range.lowerBound, maximum, noun))
  }

  /// A whole number, checked against `range` (described by `allowed`, which states both ends).
  public func int(
    _ key: String, in range: ClosedRange<Int> = -1_000_000_000...1_000_000_000, allowed: String? = nil
  ) throws -> Int? {
    guard let text = try string(key) else { return nil }
    let allowed = allowed ?? ScenarioLimits.range(range)
    guard let value = MappingReader.integer(text) else {
      throw error(key, "'\(text)' is not a whole number", allowed: allowed)
    }
    guard range.contains(value) else {
      throw error(key, "\(value) is out of range", allowed: allowed)
    }
    return value
  }

  /// `allowed`, or the range's own description when none is given.
  static func allowed(_ allowed: String?, _ range: ClosedRange<Double>) -> String {
    allowed ?? ScenarioLimits.range(range.lowerBound, range.upperBound)
  }

  /// true or false.
  public func bool(_ key: String) throws -> Bool? {
    guard let text = try string(key) else { return nil }
    switch text.lowercased() {
    case "true", "yes", "on": return true
    case "false", "no", "off": return false
    default: throw error(key, "'\(text)' is not true or false", allowed: "true or false")
    }
  }

  /// Parses a YAML number (decimal, exponent, underscores allowed).
  public static func number(_ text: String) -> Double? {
    Double(text.replacingOccurrences(of: "_", with: "").trimmingCharacters(in: .whitespaces))
  }

  /// Parses a whole number, also written as an integral decimal ("10.0") or with underscores.
  public static func integer(_ text: String) -> Int? {
    let cleaned = text.replacingOccurrences(of: "_", with: "").trimmingCharacters(in: .whitespaces)
    if let value = Int(cleaned) { return value }
    if let value = Double(cleaned), value.rounded() == value, abs(value) < 9e15 { return Int(value) }
    return nil
  }
}
