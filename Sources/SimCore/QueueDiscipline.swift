/// The order in which a waiting list serves the people waiting on it.
public enum QueueDiscipline: String, Sendable, Hashable, CaseIterable {
  /// First come, first served.
  case fifo
  /// Lowest priority value first; first come, first served within a priority.
  case priority
}
