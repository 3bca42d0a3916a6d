import Foundation

extension MetricUnit {
  /// What a screen label adds to name the unit: ` (days)`; nothing for shares and pounds, whose
  /// values carry `%` and `£`, or when `label` already names the unit ("Referrals a year").
  ///
  /// - Parameter timeUnit: the network's `time_unit`, used for `.time`.
  public func labelSuffix(for label: String, timeUnit: String = "time") -> String {
    switch self {
    case .share, .pounds: return ""
    case .time: return " (\(timeUnit))"
    default:
      return label.lowercased().contains(self.label) ? "" : " (\(self.label))"
    }
  }

  /// A value for the terminal: shares as percentages with one decimal (`91.9%`), pounds whole
  /// with thousands separators (`£1,234,567`), days with two decimals below 10 and one below
  /// 1,000 (then whole with separators), counts whole from 100 with separators and otherwise to
  /// four significant digits; `-` for nil or non-finite values.
  public func screen(_ value: Double?) -> String {
    guard let value, value.isFinite else { return "-" }
    switch self {
    case .share: return String(format: "%.1f%%", value * 100)
    case .pounds: return (value <= -0.5 ? "-£" : "£") + MetricUnit.grouped(abs(value))
    case .days:
      if abs(value) >= 1000 { return MetricUnit.grouped(value) }
      return String(format: abs(value) >= 10 ? "%.1f" : "%.2f", value)
    case .time: return MetricUnit.significant(value)
    default: return abs(value) >= 100 ? MetricUnit.grouped(value) : MetricUnit.significant(value)
    }
  }

  /// Four significant digits without trailing zeros (`0.1234`, `12.5`, `3`).
  static func significant(_ value: Double) -> String {
    if value == value.rounded(), abs(value) < 1e9 { return String(Int(value)) }
    return String(format: "%.4g", value)
  }

  /// A whole number with thousands separators (`1,234,567`; `-1,234`).
  static func grouped(_ value: Double) -> String {
    let rounded = value.rounded()
    guard abs(rounded) < 1e18 else { return String(format: "%.0f", rounded) }
    let digits = String(Int(rounded).magnitude)
    var out = ""
    for (index, digit) in digits.enumerated() {
      if index > 0, (digits.count - index) % 3 == 0 { out.append(",") }
      out.append(digit)
    }
    return rounded < 0 ? "-" + out : out
  }
}
