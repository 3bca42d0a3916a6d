import Foundation
import Scenario

/// One key a plan varies, `--vary KEY` or `--vary KEY=FROM...TO[:STEP]`, and the grid of values
/// the search may try: `lowest + i x step` for i in `0..<count`.
///
/// Without a range the grid runs in steps of 1 for a whole number (0.5 for a value in halves,
/// otherwise a twentieth of it) through the scenario's own value, from the smallest positive
/// value on that grid to four times the scenario's value (at least twenty steps above it).
public struct PlanAxis: Sendable, Equatable {
  /// The argument as typed.
  public let argument: String
  /// The dotted key path, as `--set` addresses it.
  public let key: String
  /// The scenario's own value of the key.
  public let current: Double
  /// The first value of the grid.
  public let lowest: Double
  /// The distance between values.
  public let step: Double
  /// Values on the grid.
  public let count: Int
  /// True when every value is a whole number.
  public let isInteger: Bool

  /// The most values one key's grid may hold.
  public static let maximumValues = 2001

  /// Parses `KEY` or `KEY=FROM...TO[:STEP]`; `current` is the key's value in the scenario (nil
  /// when the key is absent or not a number).
  public init(_ argument: String, current: Double?) throws(PlanError) {
    self.argument = argument
    if argument.contains("=") {
      let axis: SweepAxis
      do { axis = try SweepAxis(argument) } catch {
        if case .badRange(_, let problem, _) = error {
          throw .badVary(argument: argument, problem: problem, allowed: PlanError.varyForm)
        }
        throw .badVary(argument: argument, problem: "\(error)", allowed: PlanError.varyForm)
      }
      key = axis.key
      lowest = axis.values[0]
      step = axis.values.count > 1 ? axis.values[1] - axis.values[0] : 1
      count = axis.values.count
      isInteger = axis.isInteger
      self.current = current ?? axis.values[axis.values.count / 2]
      return
    }
    key = argument.trimmingCharacters(in: .whitespaces)
    guard !key.isEmpty, (try? SetOverride("\(key)=0")) != nil else {
      throw .badVary(argument: argument, problem: "'\(argument)' is not a key path", allowed: PlanError.varyForm)
    }
    guard let current, current.isFinite, current > 0 else {
      throw .badVary(
        argument: argument,
        problem: current == nil
          ? "the scenario has no number at '\(key)'"
          : "the scenario's value \(NumberFormat.csv(current)) is not above 0",
        allowed: PlanError.varyForm)
    }
    self.current = current
    let step: Double
    if current == current.rounded() {
      step = 1
    } else if (current * 2) == (current * 2).rounded() {
      step = 0.5
    } else {
      step = current / 20
    }
    self.step = step
    isInteger = step == 1
    let below = ((current - 1e-9 * current) / step).rounded(.down)
    lowest = current - below * step
    let highest = max(current * 4, current + 20 * step)
    count = min(PlanAxis.maximumValues, Int(((highest - lowest) / step + 1e-9).rounded(.down)) + 1)
  }

  /// The same key on a grid of at most `maximum` values: the scenario's value, and steps of a
  /// multiple of this grid's step from half to twice it (or across a given range).
  public func coarsened(to maximum: Int) -> PlanAxis {
    guard count > maximum else { return self }
    let explicit = argument.contains("=")
    let low = explicit ? lowest : max(lowest, current / 2)
    let high = explicit ? value(count - 1) : min(value(count - 1), current * 2)
    let multiple = max(1, ((high - low) / step / Double(maximum - 1)).rounded(.up))
    let wide = step * multiple
    let below = ((current - low) / wide + 1e-9).rounded(.down)
    let first = explicit ? lowest : current - below * wide
    let values = Int(((high - first) / wide + 1e-9).rounded(.down)) + 1
    return PlanAxis(
      argument: argument, key: key, current: current, lowest: first, step: wide, count: min(values, maximum),
      isInteger: isInteger && wide == wide.rounded())
  }

  init(argument: String, key: String, current: Double, lowest: Double, step: Double, count: Int, isInteger: Bool) {
    self.argument = argument
    self.key = key
    self.current = current
    self.lowest = lowest
    self.step = step
    self.count = count
    self.isInteger = isInteger
  }

  /// The value at grid index `index`.
  public func value(_ index: Int) -> Double {
    let raw = lowest + Double(index) * step
    return isInteger ? raw.rounded() : (raw * 1e9).rounded() / 1e9
  }

  /// The value as `--set` text.
  public func text(_ index: Int) -> String {
    let number = value(index)
    if isInteger, let whole = Int(exactly: number.rounded()) { return String(whole) }
    return NumberFormat.csv(number)
  }

  /// True when the grid was given as a range (`KEY=FROM...TO`).
  public var isExplicit: Bool { argument.contains("=") }

  /// True when the scenario's own value is on the grid.
  public var isCurrentOnGrid: Bool { abs(value(currentIndex) - current) <= 1e-9 * max(1, abs(current)) }

  /// The grid index nearest the scenario's own value.
  public var currentIndex: Int {
    min(count - 1, max(0, Int(((current - lowest) / step).rounded())))
  }
}
