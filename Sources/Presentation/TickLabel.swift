import Foundation

/// Axis tick labels: short, with as few decimals as the step between ticks needs.
public enum TickLabel {
  /// A label in the report's style for what the value measures: percentages for shares, pounds
  /// in millions from £100,000 steps, grouped thousands, a typographic minus. `step` is the
  /// distance between ticks (data units).
  public static func byKind(_ value: Double, step: Double, kind: ReportNumber.Kind) -> String {
    let decimals = step >= 1 || step <= 0 ? 0 : min(4, Int((-log10(step)).rounded(.up)))
    switch kind {
    case .share:
      let percentDecimals = step * 100 >= 1 ? 0 : min(3, Int((-log10(step * 100)).rounded(.up)))
      return ReportNumber.signedText(value, ReportNumber.fixed(abs(value) * 100, decimals: percentDecimals) + "%")
    case .pounds:
      if abs(value) >= 1e6 || step >= 1e5 {
        let stepDecimals = step / 1e6 >= 1 ? 0 : min(3, Int((-log10(step / 1e6)).rounded(.up)))
        return ReportNumber.signedText(value, "£" + ReportNumber.fixed(abs(value) / 1e6, decimals: stepDecimals) + "m")
      }
      return ReportNumber.signedText(value, "£" + ReportNumber.grouped(abs(value)))
    case .count, .days:
      if abs(value) >= 1000 && decimals == 0 { return ReportNumber.signedText(value, ReportNumber.grouped(abs(value))) }
      return ReportNumber.signedText(value, ReportNumber.fixed(abs(value), decimals: decimals))
    }
  }

  /// A unit-free label with a suffix for large values: millions as `26.5m`, from 10,000 thousands
  /// as `12k`, with as many decimals as the step needs (at most four) and a hyphen minus (`sweep.svg`).
  /// `step` is the distance between ticks (data units).
  public static func suffixed(_ value: Double, step: Double) -> String {
    let magnitude = max(abs(value), abs(step))
    let (scale, suffix) = magnitude >= 1e6 ? (1e6, "m") : magnitude >= 1e4 ? (1e3, "k") : (1.0, "")
    let scaledStep = step / scale
    let decimals = scaledStep >= 1 ? 0 : min(4, Int((-log10(scaledStep)).rounded(.up)))
    let text = String(format: "%.\(decimals)f", value / scale)
    return (text == "-0" ? "0" : text) + suffix
  }
}
