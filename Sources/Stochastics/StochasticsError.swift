/// Why a distribution or table could not be built. Each case names the parameter and what is allowed.
public enum StochasticsError: Error, Equatable, CustomStringConvertible {
  /// A parameter outside its allowed range, e.g. a non-positive mean.
  case outOfRange(parameter: String, value: Double, allowed: String)
  /// Two parameters that contradict each other, e.g. `min` above `max`.
  case inconsistent(parameters: String, allowed: String)
  /// An empirical table that is empty or whose weights do not add up to something positive.
  case badTable(String)

  public var description: String {
    switch self {
    case .outOfRange(let parameter, let value, let allowed):
      return "\(parameter) = \(value) is out of range (allowed: \(allowed))"
    case .inconsistent(let parameters, let allowed):
      return "\(parameters) are inconsistent (allowed: \(allowed))"
    case .badTable(let why): return why
    }
  }

  /// The parameter the error is about, for key paths in scenario messages.
  public var parameter: String? {
    switch self {
    case .outOfRange(let parameter, _, _): return parameter
    case .inconsistent, .badTable: return nil
    }
  }
}
