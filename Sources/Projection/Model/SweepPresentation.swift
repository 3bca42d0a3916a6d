/// Which metrics a sweep of one model shows, on screen and in `sweep.svg`.
public struct SweepPresentation: Sendable {
  /// Shown first on screen and drawn first among the waits whatever their values.
  public var leadingMetrics: [String]
  /// The prefix of a swept key's own metrics, by the key's first part (`services` -> `service`).
  public var keyPrefixes: [String: String]
  /// The prefix of the per-station waits drawn (`service.` or `node.`), each ending in `.wait.mean`.
  public var waitPrefix: String
  /// Shown last on screen.
  public var trailingMetrics: [String]
  /// Drawn on a panel of their own after the waits.
  public var costMetrics: [String]

  public init(
    leadingMetrics: [String], keyPrefixes: [String: String], waitPrefix: String, trailingMetrics: [String],
    costMetrics: [String]
  ) {
    self.leadingMetrics = leadingMetrics
    self.keyPrefixes = keyPrefixes
    self.waitPrefix = waitPrefix
    self.trailingMetrics = trailingMetrics
    self.costMetrics = costMetrics
  }
}
