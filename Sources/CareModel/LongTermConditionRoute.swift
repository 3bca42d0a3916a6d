/// The pathway for long-term conditions and medically unexplained symptoms
/// (`pathway.long_term_conditions`): after assessment, a person with a long-term physical
/// condition (`Person.longTermCondition`) and a common mental disorder goes to a
/// condition-management service with probability `share`, instead of the route by need.
public struct LongTermConditionRoute: Sendable, Hashable {
  /// The condition-management service id.
  public var service: String
  /// Probability (0...1) that an assessed person with the flag is routed there.
  public var share: Double

  public init(service: String, share: Double) {
    self.service = service
    self.share = share
  }
}
