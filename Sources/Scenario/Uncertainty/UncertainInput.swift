import Stochastics

/// One scenario input whose value is uncertain: a dotted key (as `--set` addresses it), the
/// distribution of its value, and how a drawn number enters each design.
public struct UncertainInput: Sendable, Equatable {
  /// How a drawn number becomes the key's value in a design.
  public enum Application: String, Sendable, CaseIterable {
    /// The draw is the key's value in every design.
    case value
    /// The key's own value in each design is multiplied by the draw.
    case multiplier
    /// The key's own probability in each design has its odds multiplied by the draw.
    case oddsRatio = "odds_ratio"
  }

  /// The dotted key path.
  public let key: String
  /// The distribution of the draw.
  public let distribution: InputDistribution
  /// How the draw applies.
  public let applies: Application
  /// The evidence grade of the point value (A best, D an assumption), when given.
  public let grade: String?
  /// The source of the point value, when given.
  public let source: String?
  /// Why the range is what it is, when given.
  public let reason: String?
  /// The file that gave the distribution (a scenario or the shared defaults).
  public let file: String
  /// True when the input comes from the shared defaults file (`uncertainty: defaults`); such an
  /// input is left out of a design it cannot apply to, where an explicit one is an error.
  public let fromDefaults: Bool

  public init(
    key: String, distribution: InputDistribution, applies: Application = .value, grade: String? = nil,
    source: String? = nil, reason: String? = nil, file: String, fromDefaults: Bool = false
  ) {
    self.key = key
    self.distribution = distribution
    self.applies = applies
    self.grade = grade
    self.source = source
    self.reason = reason
    self.file = file
    self.fromDefaults = fromDefaults
  }

  /// The key path's parts.
  public var path: [String] { key.split(separator: ".", omittingEmptySubsequences: false).map(String.init) }

  /// The value a design takes for a draw, given the design's own value at the key (nil when it
  /// has none): the draw itself, the own value times the draw, or the own probability with its
  /// odds times the draw. Nil when a relative input has no own value to move.
  public func value(draw: Double, own: Double?) -> Double? {
    switch applies {
    case .value: return draw
    case .multiplier: return own.map { $0 * draw }
    case .oddsRatio:
      guard let p = own else { return nil }
      if p >= 1 { return 1 }
      return p * draw / (1 - p + p * draw)
    }
  }
}
