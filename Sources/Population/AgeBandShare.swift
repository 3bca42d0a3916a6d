/// One age band of an area: its share of all residents and the female share within it.
public struct AgeBandShare: Sendable, Hashable {
  /// Fraction of all residents in the band (0...1; the bands sum to 1).
  public var share: Double
  /// Fraction of the band who are female (0...1).
  public var femaleShare: Double

  public init(share: Double, femaleShare: Double) {
    self.share = share
    self.femaleShare = femaleShare
  }
}
