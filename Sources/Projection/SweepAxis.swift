import Foundation
import Scenario

/// One swept key, `--set KEY=FROM...TO[:STEP]`, and the values it takes.
///
/// When FROM, TO and STEP are all whole numbers the range is of integers and the step defaults
/// to 1; otherwise it is of reals and, without a step, takes 10 equal steps (11 values, both ends
/// included). With a step the values are FROM, FROM + STEP, ... up to TO, TO included when a
/// step lands on it.
public struct SweepAxis: Sendable, Equatable {
  /// The argument as typed.
  public let argument: String
  /// The dotted key path, as `--set` addresses it.
  public let key: String
  /// The values as numbers, ascending.
  public let values: [Double]
  /// True for a range of whole numbers.
  public let isInteger: Bool

  /// The most values one key may take.
  public static let maximumValues = 101
  /// Equal steps of a real range without a step.
  public static let defaultRealSteps = 10

  /// True when the argument's value is a range (it contains `...`).
  public static func isRange(_ argument: String) -> Bool {
    guard let equals = argument.firstIndex(of: "=") else { return false }
    return argument[argument.index(after: equals)...].contains("...")
  }

  /// Parses `KEY=FROM...TO[:STEP]`.
  public init(_ argument: String) throws(SweepError) {
    self.argument = argument
    let override: SetOverride
    do { override = try SetOverride(argument) } catch {
      var problem = "\(error)"
      if case .badOverride(_, let reason, _) = error as? ScenarioError { problem = reason }
      throw .badRange(argument: argument, problem: problem, allowed: SweepError.rangeForm)
    }
    key = override.key
    let bounds = override.value.components(separatedBy: "...")
    guard bounds.count == 2 else { throw SweepAxis.bad(argument, "'\(override.value)' is not FROM...TO") }
    let upper = bounds[1].split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
    let texts = [bounds[0], upper[0]] + upper.dropFirst()
    let numbers = try texts.map { text throws(SweepError) -> Double in
      let trimmed = text.trimmingCharacters(in: .whitespaces)
      guard let number = Double(trimmed), number.isFinite else {
        throw SweepAxis.bad(argument, "'\(text)' is not a number")
      }
      return number
    }
    isInteger = texts.allSatisfy { Int($0.trimmingCharacters(in: .whitespaces)) != nil }
    values = try SweepAxis.values(
      argument, from: numbers[0], to: numbers[1], step: numbers.count > 2 ? numbers[2] : nil, integer: isInteger)
  }

  static func values(_ argument: String, from: Double, to: Double, step: Double?, integer: Bool) throws(SweepError)
    -> [Double]
  {
    guard from < to else {
      throw bad(argument, "FROM \(NumberFormat.csv(from)) is not below TO \(NumberFormat.csv(to))")
    }
    if let step, !(step > 0) { throw bad(argument, "the step \(NumberFormat.csv(step)) is not above 0") }
    let stepSize = step ?? (integer ? 1 : (to - from) / Double(defaultRealSteps))
    let span = (to - from) / stepSize
    guard span.isFinite, span < Double(maximumValues) else {
      throw bad(
        argument, "the step \(NumberFormat.csv(stepSize)) gives more than \(maximumValues) values",
        allowed:
          "from 2 to \(maximumValues) values per key: a STEP from (TO - FROM) / \(maximumValues - 1) to TO - FROM")
    }
    let count = Int((span + 1e-9).rounded(.down)) + 1
    guard count >= 2 else {
      throw bad(
        argument, "the step \(NumberFormat.csv(stepSize)) gives one value", allowed: "a STEP no larger than TO - FROM")
    }
    guard count <= maximumValues else {
      throw bad(
        argument, "gives \(count) values",
        allowed:
          "from 2 to \(maximumValues) values per key: a STEP from (TO - FROM) / \(maximumValues - 1) to TO - FROM")
    }
    return (0..<count).map { index in
      let value = from + Double(index) * stepSize
      return abs(value - to) <= 1e-9 * max(1, abs(to)) ? to : value
    }
  }

  static func bad(_ argument: String, _ problem: String, allowed: String = SweepError.rangeForm) -> SweepError {
    .badRange(argument: argument, problem: problem, allowed: allowed)
  }

  /// A value as `--set` text: whole numbers without a decimal point, reals with ten significant
  /// digits (so 0.1 + 0.2 prints as 0.3).
  public func text(_ value: Double) -> String {
    if isInteger, let whole = Int(exactly: value.rounded()) { return String(whole) }
    return NumberFormat.csv(value)
  }

  /// Every value as `--set` text.
  public var texts: [String] { values.map(text) }
}
