import Scenario

/// What `stepwell plan` was asked: the scenario, the keys to vary, the targets, by when and
/// how sure.
public struct PlanRequest: Sendable {
  /// The scenario file.
  public var path: String
  /// `--vary` arguments, one or two.
  public var varies: [String]
  /// `--target` expressions, one or more.
  public var targets: [String]
  /// The share of replications that must meet every target (0.5 to 0.99).
  public var confidence: Double
  /// `--by`: the ISO date by which the targets must hold (care only); nil for the scenario's
  /// own projection.
  public var by: String?
  /// `--from`: the ISO date the varied values apply from (care); nil for the day after the
  /// start date when every varied key may change mid-run, otherwise the start.
  public var from: String?
  /// `--recruited`: a rise in a service's WTE arrives its recruitment lead after the date the
  /// values apply from (care, one `wte` or `staff` key).
  public var recruited = false
  /// Other `--set` values and options (seed, replications, horizon) that apply at every point.
  public var overrides: [SetOverride]
  /// The most replications a point near the boundary may get.
  public var maximumReplications: Int

  /// The default share of replications that must meet the targets.
  public static let defaultConfidence = 0.9
  /// The allowed confidence.
  public static let confidenceRange = 0.5...0.99
  /// The default limit on replications at one point, as a multiple of the first evaluation's.
  public static let replicationGrowth = 4
  /// The default limit is at least this many: 29 replications that all meet the targets put the
  /// exact one-sided 95% bound above 0.9.
  public static let replicationFloor = 40
  /// The most replications any point may get.
  public static let replicationCap = 200

  public init(
    path: String, varies: [String], targets: [String], confidence: Double = PlanRequest.defaultConfidence,
    by: String? = nil, from: String? = nil, overrides: [SetOverride] = [], maximumReplications: Int? = nil
  ) {
    self.path = path
    self.varies = varies
    self.targets = targets
    self.confidence = confidence
    self.by = by
    self.from = from
    self.overrides = overrides
    self.maximumReplications = maximumReplications ?? 0
  }
}
