/// The model a scenario's `model:` key selects.
public enum ModelKind: String, Sendable, CaseIterable {
  /// An open queueing network of nodes (`model: network`).
  case network
  /// A stepped-care service over an area's synthetic population (`model: care`).
  case care
}
