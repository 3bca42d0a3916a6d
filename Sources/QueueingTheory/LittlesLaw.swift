/// Little's law, `L = λ W`, and its two inverses.
///
/// Holds for any stable system in steady state, whatever the arrival and service
/// distributions or the discipline (J. D. C. Little, "A proof for the queuing formula
/// L = λW", *Operations Research* 9(3), 1961). Units must agree: if `λ` is per day then
/// `W` is in days; `L` is a dimensionless mean count.
public enum LittlesLaw {
  /// Mean number in the system, `L = λ W`.
  /// - Parameters:
  ///   - arrivalRate: throughput `λ` (customers per unit time).
  ///   - meanTime: mean time `W` a customer spends in the system (time units).
  /// - Returns: the mean number of customers `L` (dimensionless).
  public static func meanNumber(arrivalRate: Double, meanTime: Double) -> Double {
    arrivalRate * meanTime
  }

  /// Mean time in the system, `W = L / λ`.
  /// - Parameters:
  ///   - meanNumber: mean number of customers `L` (dimensionless).
  ///   - arrivalRate: throughput `λ` (customers per unit time), `> 0`.
  /// - Returns: the mean time `W` (time units); `nan` if `arrivalRate` is 0.
  public static func meanTime(meanNumber: Double, arrivalRate: Double) -> Double {
    arrivalRate == 0 ? .nan : meanNumber / arrivalRate
  }

  /// Throughput, `λ = L / W`.
  /// - Parameters:
  ///   - meanNumber: mean number of customers `L` (dimensionless).
  ///   - meanTime: mean time `W` in the system (time units), `> 0`.
  /// - Returns: the arrival rate `λ` (customers per unit time); `nan` if `meanTime` is 0.
  public static func arrivalRate(meanNumber: Double, meanTime: Double) -> Double {
    meanTime == 0 ? .nan : meanNumber / meanTime
  }
}
