/// Errors thrown by the analytic queueing models in `QueueingTheory`.
///
/// Every case carries enough context (parameter name, node index, offending value) for
/// `description` to say what was wrong without the caller re-deriving it.
public enum QueueingTheoryError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The model has no nodes (for example an empty Jackson network).
  case emptyModel
  /// An array argument has the wrong length.
  /// - Parameters: `parameter` names the argument, `expected` and `actual` are lengths.
  case dimensionMismatch(parameter: String, expected: Int, actual: Int)
  /// A per-node parameter is out of range (negative, zero where positive is required,
  /// or not finite). `index` is the zero-based node index.
  case invalidParameter(parameter: String, index: Int, value: Double)
  /// Row `index` of a routing matrix has a negative or non-finite entry, or sums to more
  /// than 1. `sum` is the row sum.
  case invalidRoutingRow(index: Int, sum: Double)
  /// The traffic equations `(I - Pᵀ) λ = γ` have no unique solution: some set of nodes
  /// routes all of its traffic back into itself and never leaves the network.
  case singularTrafficEquations
  /// The network receives no external arrivals, so system-level means are undefined.
  case noExternalArrivals
  /// Node `index` has utilisation `rho = λ / (c μ) >= 1` and has no steady state.
  case unstableNode(index: Int, utilisation: Double)

  /// A readable, single-sentence explanation of the error.
  public var description: String {
    switch self {
    case .emptyModel:
      return "The queueing model has no nodes."
    case .dimensionMismatch(let parameter, let expected, let actual):
      return "'\(parameter)' has \(actual) entries but \(expected) were expected."
    case .invalidParameter(let parameter, let index, let value):
      return "'\(parameter)' for node \(index) is out of range: \(value)."
    case .invalidRoutingRow(let index, let sum):
      return "Routing row \(index) must hold probabilities in [0, 1] summing to at most 1 "
        + "(sum is \(sum))."
    case .singularTrafficEquations:
      return "The traffic equations are singular: some nodes route all traffic among "
        + "themselves and never exit."
    case .noExternalArrivals:
      return "The network has no external arrivals (all external arrival rates are 0)."
    case .unstableNode(let index, let utilisation):
      return "Node \(index) is unstable: utilisation \(utilisation) >= 1."
    }
  }
}
