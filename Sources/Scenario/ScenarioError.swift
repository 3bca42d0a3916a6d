/// Why a scenario, an area file or a `--set` override was rejected.
///
/// Every case names the file and, where there is one, the key path (dotted, with list elements
/// by their `name`, as `--set` addresses them) and what is allowed. The command line prints
/// `description` and exits with code 2.
public enum ScenarioError: Error, Equatable, CustomStringConvertible {
  /// The file could not be read.
  case unreadable(file: String, reason: String)
  /// The YAML itself is malformed.
  case syntax(file: String, line: Int?, column: Int?, problem: String)
  /// A value is missing, of the wrong type, out of range or inconsistent.
  case invalid(file: String, keyPath: String, line: Int?, problem: String, allowed: String)
  /// A `--set KEY=VALUE` override could not be applied.
  case badOverride(argument: String, problem: String, allowed: String)
  /// An override (`source`: the option as typed, such as `--horizon 1y`) made a key written
  /// elsewhere (`keyPath`, at `place`: the file and line, or another option) invalid.
  case conflict(source: String, keyPath: String, place: String, problem: String, allowed: String)

  public var description: String {
    switch self {
    case .unreadable(let file, let reason):
      return "\(file): cannot read the file: \(reason)"
    case .syntax(let file, let line, let column, let problem):
      let place = line.map { ":\($0)" + (column.map { ":\($0)" } ?? "") } ?? ""
      return "\(file)\(place): YAML syntax error: \(problem)"
    case .invalid(let file, let keyPath, let line, let problem, let allowed):
      let place = line.map { " (line \($0))" } ?? ""
      let key = keyPath.isEmpty ? "top level" : keyPath
      return "\(file): \(key)\(place): \(problem) (allowed: \(allowed))"
    case .badOverride(let argument, let problem, let allowed):
      return "--set \(argument): \(problem) (allowed: \(allowed))"
    case .conflict(let source, let keyPath, let place, let problem, let allowed):
      return "\(source): conflicts with \(keyPath) (\(place)): \(keyPath) \(problem) (allowed: \(allowed))"
    }
  }

  /// What is allowed, when the error says.
  public var allowedText: String {
    switch self {
    case .invalid(_, _, _, _, let allowed), .badOverride(_, _, let allowed), .conflict(_, _, _, _, let allowed):
      return allowed
    case .unreadable, .syntax: return ""
    }
  }

  /// The key path the error is about, when there is one.
  public var keyPath: String? {
    switch self {
    case .invalid(_, let keyPath, _, _, _), .conflict(_, let keyPath, _, _, _): return keyPath
    case .unreadable, .syntax, .badOverride: return nil
    }
  }
}
