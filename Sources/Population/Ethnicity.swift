/// A person's ethnic group, in the five Census 2021 high-level groups.
///
/// Arab is counted in `other`, as in the Census high-level classification.
public enum Ethnicity: String, Sendable, CaseIterable {
  case white, asian, black, mixed, other
}
