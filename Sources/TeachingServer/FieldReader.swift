/// Reads typed, range-checked values from a flat JSON object, naming the key in every message.
struct FieldReader {
  let fields: [String: JSONField]

  /// Text, or nil when the key is absent or null.
  func string(_ key: String) throws(TeachingError) -> String? {
    switch fields[key] {
    case nil, .null: return nil
    case .string(let value): return value
    case let other?: throw FieldReader.wrongType(key, other, expected: "text")
    }
  }

  /// A finite number within `range`, or nil when absent or null.
  func number(_ key: String, in range: ClosedRange<Double>) throws(TeachingError) -> Double? {
    switch fields[key] {
    case nil, .null: return nil
    case .number(let value):
      guard value.isFinite, range.contains(value) else {
        throw .badRequest(
          "\(key): \(FieldReader.text(value)) is out of range (allowed: a number from "
            + "\(FieldReader.text(range.lowerBound)) to \(FieldReader.text(range.upperBound)))")
      }
      return value
    case let other?: throw FieldReader.wrongType(key, other, expected: "a number")
    }
  }

  /// A whole number within `range`, or nil when absent or null.
  func integer(_ key: String, in range: ClosedRange<Int>) throws(TeachingError) -> Int? {
    let allowed = "a whole number from \(range.lowerBound) to \(range.upperBound)"
    switch fields[key] {
    case nil, .null: return nil
    case .number(let value):
      guard value.rounded() == value, value >= Double(range.lowerBound), value <= Double(range.upperBound)
      else { throw .badRequest("\(key): \(FieldReader.text(value)) is not allowed (allowed: \(allowed))") }
      return Int(value)
    case let other?: throw FieldReader.wrongType(key, other, expected: allowed)
    }
  }

  /// true or false, or nil when absent or null.
  func bool(_ key: String) throws(TeachingError) -> Bool? {
    switch fields[key] {
    case nil, .null: return nil
    case .bool(let value): return value
    case let other?: throw FieldReader.wrongType(key, other, expected: "true or false")
    }
  }

  static func wrongType(_ key: String, _ field: JSONField, expected: String) -> TeachingError {
    .badRequest("\(key): got \(field.typeName) (allowed: \(expected))")
  }

  /// A number as a person would write it: no trailing ".0".
  static func text(_ value: Double) -> String {
    value.rounded() == value && abs(value) < 1e15 ? String(Int(value)) : String(value)
  }
}
