import Foundation

extension SweepChart {
  /// An axis range widened to round ticks: about `target` ticks at 1, 2 or 5 x 10^k apart.
  struct Ticks: Equatable {
    let low: Double
    let high: Double
    let step: Double

    init(low: Double, high: Double, target: Int = 5) {
      let span = high > low ? high - low : max(abs(high), 1)
      let raw = span / Double(max(1, target))
      let magnitude = pow(10, (log10(raw)).rounded(.down))
      let normalised = raw / magnitude
      let factor: Double = normalised < 1.5 ? 1 : normalised < 3 ? 2 : normalised < 7 ? 5 : 10
      step = factor * magnitude
      self.low = (low / step).rounded(.down) * step
      let top = (high / step).rounded(.up) * step
      self.high = top > self.low ? top : self.low + step
    }

    /// The tick values, low to high.
    var values: [Double] {
      let count = Int(((high - low) / step).rounded()) + 1
      return (0..<count).map { low + Double($0) * step }
    }
  }

  /// A tick label: millions as `26.5m`, thousands as `12k`, with as many decimals as the step
  /// needs (at most four).
  static func label(_ value: Double, step: Double) -> String {
    let magnitude = max(abs(value), abs(step))
    let (scale, suffix) = magnitude >= 1e6 ? (1e6, "m") : magnitude >= 1e4 ? (1e3, "k") : (1.0, "")
    let scaledStep = step / scale
    let decimals = scaledStep >= 1 ? 0 : min(4, Int((-log10(scaledStep)).rounded(.up)))
    let text = String(format: "%.\(decimals)f", value / scale)
    return (text == "-0" ? "0" : text) + suffix
  }

  /// A coordinate with two decimals, so the file is byte-stable.
  static func coordinate(_ value: Double) -> String { String(format: "%.2f", value) }

  /// Text made safe inside XML.
  static func escaped(_ text: String) -> String {
    text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
      .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
  }

  /// Line colours (Okabe-Ito, colour-blind safe, then greys and two more); dashes after ten.
  static let colours = [
    "#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000", "#882255", "#44AA99",
    "#999999",
  ]
}
