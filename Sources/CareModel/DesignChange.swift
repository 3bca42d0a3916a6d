/// A dated change to a care design (`changes:` in a scenario): from `day` on, the run follows
/// `design`, the scenario with every change up to this one applied. Only values change (capacity,
/// staffing, policies, pathway shares, risks); the services, their kinds and their lists stay
/// as they were, so every person's place in the run carries over.
public struct DesignChange: Sendable {
  /// Days after the run's start when the change applies (> 0, < horizon).
  public var day: Double
  /// The date as written (ISO).
  public var date: String
  /// The keys this change sets, as written (for reports).
  public var keys: [String]
  /// The whole design in force from `day`.
  public var design: CareDesign

  public init(day: Double, date: String, keys: [String], design: CareDesign) {
    self.day = day
    self.date = date
    self.keys = keys
    self.design = design
  }
}
