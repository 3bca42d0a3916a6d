import Foundation
import QueueingNetwork

/// The replications of a network design and their summaries.
public typealias NetworkRun = ModelRun<NetworkDesign>

extension NetworkRun {
  /// Exact values when the network qualifies.
  public var theory: NetworkTheory? {
    if case .success(let theory) = NetworkTheory.evaluate(design) { return theory }
    return nil
  }

  /// Why there are no exact values, when it does not.
  public var theoryUnavailable: String? {
    if case .failure(let unavailable) = NetworkTheory.evaluate(design) { return unavailable.reason }
    return nil
  }
}
