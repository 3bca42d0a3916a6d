import Foundation

/// Human-readable numbers for the report: grouped thousands, pounds in millions, percentages and
/// days, with a typographic minus. Locale-independent so the report is byte-stable.
public enum ReportNumber {
  /// What a value measures, which decides how it is written.
  public enum Kind: Sendable {
    /// A count or rate of people, events or bed days.
    case count
    /// A duration in days.
    case days
    /// A share in 0...1, written as a percentage.
    case share
    /// Pounds (price-year).
    case pounds
  }

  /// The value as text; "n/a" when it is missing or not finite.
  public static func format(_ value: Double?, _ kind: Kind, signed: Bool = false) -> String {
    guard let value, value.isFinite else { return "n/a" }
    let magnitude = abs(value)
    let body: String
    switch kind {
    case .count: body = plain(magnitude)
    case .days: body = plain(magnitude) + (magnitude == 1 ? " day" : " days")
    case .share: body = fixed(magnitude * 100, decimals: 1) + (signed ? " pp" : "%")
    case .pounds: body = pounds(magnitude)
    }
    let isZero = !body.contains { "123456789".contains($0) }
    if value < 0 && !isZero { return "\u{2212}" + body }
    return signed && value > 0 && !isZero ? "+" + body : body
  }

  /// "mean (95% CI low to high)", or the mean alone without an interval.
  public static func withInterval(_ mean: Double?, _ low: Double?, _ high: Double?, _ kind: Kind, signed: Bool = false)
    -> String
  {
    let centre = format(mean, kind, signed: signed)
    guard let bounds = bounds(low, high, kind, signed: signed) else { return centre }
    return "\(centre) (95% CI \(bounds))"
  }

  /// The interval alone: "95% CI low to high", or a note that there is none.
  public static func interval(_ low: Double?, _ high: Double?, _ kind: Kind, signed: Bool = false) -> String {
    bounds(low, high, kind, signed: signed).map { "95% CI " + $0 } ?? "no interval (one replication)"
  }

  /// "low to high", cut at the natural limits of a level (0, and 100% for shares); differences
  /// (`signed`) are not cut. Nil without a finite interval.
  public static func bounds(_ low: Double?, _ high: Double?, _ kind: Kind, signed: Bool = false) -> String? {
    guard var low, var high, low.isFinite, high.isFinite else { return nil }
    if !signed {
      low = max(0, low)
      high = max(0, high)
      if kind == .share {
        low = min(1, low)
        high = min(1, high)
      }
    }
    if kind == .pounds, max(abs(low), abs(high)) >= 1e6 {
      return "\(millions(low, signed: signed)) to \(millions(high, signed: signed))"
    }
    return "\(format(low, kind, signed: signed)) to \(format(high, kind, signed: signed))"
  }

  /// Pounds in millions whatever the size, so both ends of an interval share a unit.
  public static func millions(_ value: Double, signed: Bool) -> String {
    let body = "£" + fixed(abs(value) / 1e6, decimals: 2) + "m"
    let isZero = !body.contains { "123456789".contains($0) }
    if value < 0 && !isZero { return "\u{2212}" + body }
    return signed && value > 0 && !isZero ? "+" + body : body
  }

  /// A setting's value with up to two decimals and no trailing zeros: 6, 3.5, 12.25.
  public static func compact(_ value: Double) -> String {
    var text = fixed(value, decimals: 2)
    while text.contains("."), text.hasSuffix("0") { text.removeLast() }
    if text.hasSuffix(".") { text.removeLast() }
    return text
  }

  /// A magnitude with precision that falls as it grows: 0.05, 8.22, 43.6, 10,818.
  public static func plain(_ magnitude: Double) -> String {
    if magnitude >= 100 { return grouped(magnitude) }
    if magnitude >= 10 { return fixed(magnitude, decimals: 1) }
    return fixed(magnitude, decimals: 2)
  }

  /// Pounds: £1.23bn, £26.03m, £9,521.
  public static func pounds(_ magnitude: Double) -> String {
    if magnitude >= 1e9 { return "£" + fixed(magnitude / 1e9, decimals: 2) + "bn" }
    if magnitude >= 1e6 { return "£" + fixed(magnitude / 1e6, decimals: 2) + "m" }
    return "£" + grouped(magnitude)
  }

  /// Rounded to a whole number with commas between thousands.
  public static func grouped(_ magnitude: Double) -> String {
    let digits = String(format: "%.0f", magnitude.rounded())
    var out = ""
    for (index, character) in digits.enumerated() {
      if index > 0 && (digits.count - index) % 3 == 0 { out.append(",") }
      out.append(character)
    }
    return out
  }

  /// A fixed number of decimals.
  public static func fixed(_ value: Double, decimals: Int) -> String { String(format: "%.\(decimals)f", value) }

  /// `body` with a typographic minus in front when `value` is negative and `body` shows a
  /// non-zero digit.
  public static func signedText(_ value: Double, _ body: String) -> String {
    value < 0 && body.contains(where: { "123456789".contains($0) }) ? "\u{2212}" + body : body
  }
}
