import Scenario

/// What `stepwell psa` was asked: one scenario (or BASE and ALT), how many parameter draws and
/// how many replications inside each.
public struct PSARequest: Sendable {
  /// BASE (or the only scenario).
  public let basePath: String
  /// ALT, for a paired analysis.
  public let altPath: String?
  /// Parameter draws (outer loop).
  public let draws: Int
  /// Replications per draw and design (inner loop).
  public let replications: Int
  /// `--set` and option overrides, applied to every design before the draws.
  public let overrides: [SetOverride]

  /// Draws allowed.
  public static let drawsRange = 1...10_000
  /// Replications per draw when `--replications` is not given.
  public static let defaultReplications = 2

  public init(basePath: String, altPath: String?, draws: Int, replications: Int, overrides: [SetOverride]) {
    self.basePath = basePath
    self.altPath = altPath
    self.draws = draws
    self.replications = replications
    self.overrides = overrides
  }
}
