/// One customer's passage through the network, for `records.csv`.
public struct CustomerRecord: Sendable, Equatable {
  /// How the customer's time in the network ended.
  public enum Outcome: String, Sendable {
    /// Left after service.
    case departed
    /// Turned away by a full queue.
    case lost
    /// Left a queue out of patience.
    case reneged
    /// Still in the network at the horizon.
    case inSystem = "in_system"
  }

  /// The customer's number in order of entering the network (from 1).
  public let customer: Int
  /// When the customer entered the network.
  public let entered: Double
  /// When the customer left; nil if still in the network at the horizon.
  public let left: Double?
  /// How it ended.
  public let outcome: Outcome
  /// Nodes joined (a fed-back customer counts each visit).
  public let visits: Int
  /// Total time waiting in queues (excluding a wait still running at the horizon).
  public let totalWait: Double
  /// The wait before the first service (0 when still waiting for it at the horizon).
  public let firstWait: Double

  init(_ record: NetworkCustomer, outcome: Outcome, left: Double?) {
    customer = record.id
    entered = record.systemArrival
    self.left = left
    self.outcome = outcome
    visits = Int(record.visits)
    totalWait = record.totalWait
    firstWait = record.firstWait
  }
}
