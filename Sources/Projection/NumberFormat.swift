import Foundation

/// Fixed numeric formatting for every output file, so files are byte-stable.
public enum NumberFormat {
  /// `%.10g`: ten significant digits, no trailing zeros; empty text for nil or non-finite values.
  public static func csv(_ value: Double?) -> String {
    guard let value, value.isFinite else { return "" }
    if value == 0 { return "0" }
    return String(format: "%.10g", value)
  }

  /// A value for JSON: a number with ten significant digits, or null.
  public static func json(_ value: Double?) -> String {
    guard let value, value.isFinite else { return "null" }
    return csv(value)
  }

  /// A human-readable value for the terminal: four significant digits.
  public static func screen(_ value: Double?) -> String {
    guard let value, value.isFinite else { return "-" }
    if value == value.rounded(), abs(value) < 1e9 { return String(Int(value)) }
    if abs(value) >= 10_000, abs(value) < 1e12 { return String(format: "%.0f", value) }
    return String(format: "%.4g", value)
  }
}
