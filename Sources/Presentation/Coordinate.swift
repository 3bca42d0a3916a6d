import Foundation

/// SVG coordinates and lengths (user units, about pixels) as text, so drawings are byte-stable.
/// Two styles, one per drawing, kept apart because each output must stay byte-identical.
public enum Coordinate {
  /// At most one decimal and no trailing zero (`12`, `12.5`); "0" when not finite. The report's
  /// inline SVG (`SVGCanvas`).
  public static func compact(_ value: Double) -> String {
    guard value.isFinite else { return "0" }
    let rounded = (value * 10).rounded() / 10
    if rounded == rounded.rounded() { return String(Int(rounded)) }
    return ReportNumber.fixed(rounded, decimals: 1)
  }

  /// Always two decimals (`12.00`). `sweep.svg`.
  public static func twoDecimals(_ value: Double) -> String { String(format: "%.2f", value) }
}
