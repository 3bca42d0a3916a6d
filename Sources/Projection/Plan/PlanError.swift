/// Why `stepwell plan`'s arguments were refused. The command line prints `description` and
/// exits with code 2 before anything is written.
public enum PlanError: Error, Equatable, CustomStringConvertible {
  /// A `--target` expression is malformed or names a metric the catalogue does not know.
  case badTarget(argument: String, problem: String, allowed: String)
  /// A `--vary` argument is malformed, repeated or not a number in the scenario.
  case badVary(argument: String, problem: String, allowed: String)
  /// Another option is out of range.
  case badOption(option: String, problem: String, allowed: String)

  /// The form every target takes, for messages.
  public static let targetForm =
    "METRIC>=VALUE, METRIC<=VALUE, METRIC>VALUE or METRIC<VALUE with a metric of the catalogue (docs/outputs.md) and a number, e.g. pathway.within_6_weeks>=0.75"
  /// The form every varied key takes, for messages.
  public static let varyForm =
    "KEY (a number in the scenario) or KEY=FROM...TO[:STEP] with numbers FROM < TO and STEP > 0, e.g. services.step3.wte=10...40:1"

  public var description: String {
    switch self {
    case .badTarget(let argument, let problem, let allowed):
      return "--target \(argument): \(problem) (allowed: \(allowed))"
    case .badVary(let argument, let problem, let allowed):
      return "--vary \(argument): \(problem) (allowed: \(allowed))"
    case .badOption(let option, let problem, let allowed):
      return "\(option): \(problem) (allowed: \(allowed))"
    }
  }
}
