/// Why a sweep's `--set` arguments were rejected. The command line prints `description` and
/// exits with code 2 before anything runs or is written.
public enum SweepError: Error, Equatable, CustomStringConvertible {
  /// A `KEY=FROM...TO[:STEP]` range is malformed or empty.
  case badRange(argument: String, problem: String, allowed: String)
  /// No `--set` argument is a range.
  case noRange
  /// More than two ranges.
  case tooManyRanges(argument: String)
  /// The same key is swept twice, or swept and set.
  case repeatedKey(argument: String, key: String)
  /// The grid has more points than a sweep runs.
  case tooManyPoints(count: Int)

  /// The form every range takes, for messages.
  public static let rangeForm =
    "KEY=FROM...TO or KEY=FROM...TO:STEP with numbers FROM < TO and STEP > 0, e.g. services.step3.wte=18...26:2"

  public var description: String {
    switch self {
    case .badRange(let argument, let problem, let allowed):
      return "--set \(argument): \(problem) (allowed: \(allowed))"
    case .noRange:
      return "sweep: no --set argument is a range (allowed: one or two --set \(SweepError.rangeForm))"
    case .tooManyRanges(let argument):
      return "--set \(argument): a third range (allowed: at most two swept keys; other --set values are single values)"
    case .repeatedKey(let argument, let key):
      return "--set \(argument): '\(key)' is already swept or set (allowed: each key once)"
    case .tooManyPoints(let count):
      return "sweep: the grid has \(count) points (allowed: at most \(SweepGrid.maximumPoints); use a larger STEP)"
    }
  }
}
