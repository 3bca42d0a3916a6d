/// Why an area could not be built: the area-file key path, what is wrong and what is allowed.
///
/// The Scenario module's area loader turns it into a `ScenarioError` naming the file and line.
public enum PopulationError: Error, Equatable, CustomStringConvertible {
  /// A value is missing, out of range or inconsistent with another.
  case invalid(keyPath: String, problem: String, allowed: String)

  public var description: String {
    switch self {
    case .invalid(let keyPath, let problem, let allowed):
      return "\(keyPath.isEmpty ? "area" : keyPath): \(problem) (allowed: \(allowed))"
    }
  }

  /// The dotted key path in the area file.
  public var keyPath: String {
    switch self {
    case .invalid(let keyPath, _, _): return keyPath
    }
  }
}
