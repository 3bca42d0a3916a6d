/// A person's sex, as recorded by the Census (two groups).
public enum Sex: String, Sendable, CaseIterable {
  case female, male

  /// 0 for female, 1 for male: the index used in per-sex tables.
  @inlinable public var index: Int { self == .female ? 0 : 1 }
}
