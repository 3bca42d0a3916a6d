/// Booked sessions cancelled ahead of time and rebooked one interval later.
public struct SessionCancellations: Sendable, Equatable {
  /// Probability that the patient cancels a booked session (0 to 1).
  public var byPatient: Double
  /// Probability that the service cancels a booked session (staff sickness, leave; 0 to 1).
  public var byProvider: Double

  /// No cancellations.
  public static let none = SessionCancellations(byPatient: 0, byProvider: 0)

  public init(byPatient: Double, byProvider: Double) {
    self.byPatient = byPatient
    self.byProvider = byProvider
  }

  /// The probability that a booked session is cancelled by either side.
  public var total: Double { min(1, byPatient + byProvider) }
}
