import Foundation

/// Round distances between axis ticks (data units). The toolkit's two rules, kept apart because
/// each chart's files must stay byte-identical:
///
/// - `covering(_:)`: the smallest of 1, 2, 2.5, 5 or 10 x 10^k that is at least the rough step
///   (never fewer ticks than asked for). `LinearScale` and the report's charts use it.
/// - `nearest(_:)`: 1, 2, 5 or 10 x 10^k, whichever the rough step rounds to (switching at 1.5, 3
///   and 7 x 10^k, so the step may be smaller than asked). `TickRange` and `sweep.svg` use it.
public enum TickStep {
  /// The smallest of 1, 2, 2.5, 5 or 10 times a power of ten at least `rough` (data units, > 0);
  /// 1 when `rough` is not positive or not finite.
  public static func covering(_ rough: Double) -> Double {
    guard rough > 0, rough.isFinite else { return 1 }
    let power = pow(10, (log10(rough)).rounded(.down))
    for multiple in [1.0, 2, 2.5, 5, 10] where multiple * power >= rough * (1 - 1e-9) {
      return multiple * power
    }
    return 10 * power
  }

  /// 1, 2, 5 or 10 times a power of ten, the one `rough` (data units, > 0) is nearest on a log
  /// scale: below 1.5 x 10^k gives 10^k, below 3 gives 2, below 7 gives 5, otherwise 10.
  public static func nearest(_ rough: Double) -> Double {
    let magnitude = pow(10, (log10(rough)).rounded(.down))
    let normalised = rough / magnitude
    let factor: Double = normalised < 1.5 ? 1 : normalised < 3 ? 2 : normalised < 7 ? 5 : 10
    return factor * magnitude
  }
}
