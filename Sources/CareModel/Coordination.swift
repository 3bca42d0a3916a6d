/// A link worker's part in a patient's journey, which runs alongside treatment.
enum Coordination: Equatable {
  /// No link worker.
  case none
  /// Waiting for a link worker's place since the given day.
  case waiting(since: Double)
  /// A link worker holds the case.
  case holding
}
