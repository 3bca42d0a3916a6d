import Scenario

/// Parses numeric command-line options given as text, naming the option and its allowed range
/// (both ends) in every message (exit code 2).
enum OptionValue {
  /// A whole number in `range`, or nil when the option was not given.
  static func integer(_ text: String?, _ option: String, _ range: ClosedRange<Int>) throws -> Int? {
    guard let text else { return nil }
    let allowed = "allowed: a whole number from \(range.lowerBound) to \(range.upperBound)"
    guard let value = Int(text.trimmingCharacters(in: .whitespaces)) else {
      throw InputError("\(option) \(text): not a whole number (\(allowed))")
    }
    guard range.contains(value) else { throw InputError("\(option) \(text): out of range (\(allowed))") }
    return value
  }

  /// A fraction above 0 and below 1, or nil when the option was not given.
  static func fraction(_ text: String?, _ option: String) throws -> Double? {
    guard let text else { return nil }
    let allowed = "allowed: a fraction above 0 and below 1, e.g. 0.05"
    guard let value = Double(text.trimmingCharacters(in: .whitespaces)) else {
      throw InputError("\(option) \(text): not a number (\(allowed))")
    }
    guard value > 0, value < 1 else { throw InputError("\(option) \(text): out of range (\(allowed))") }
    return value
  }

  /// The override an option makes of a scenario key; messages name the option.
  static func override(_ key: String, _ value: CustomStringConvertible) -> SetOverride {
    SetOverride(path: [key], value: "\(value)", source: "--\(key) \(value)")
  }
}
