import CGSL

/// Student's t distribution, for confidence intervals over replications.
public enum StudentT {
  /// The upper quantile t such that P(T <= t) = `probability` with `degreesOfFreedom` (>= 1).
  ///
  /// For a two-sided 95% interval use probability 0.975. Computed by GSL's `gsl_cdf_tdist_Pinv`.
  public static func quantile(_ probability: Double, degreesOfFreedom: Int) -> Double {
    precondition(degreesOfFreedom >= 1 && probability > 0 && probability < 1)
    return gsl_cdf_tdist_Pinv(probability, Double(degreesOfFreedom))
  }

  /// The half-width multiplier of a two-sided interval at `confidence` (e.g. 0.95) from n samples.
  public static func criticalValue(confidence: Double = 0.95, samples n: Int) -> Double? {
    guard n >= 2 else { return nil }
    return quantile(0.5 + confidence / 2, degreesOfFreedom: n - 1)
  }
}
