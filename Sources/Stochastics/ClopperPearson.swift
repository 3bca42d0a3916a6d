import CGSL

/// The exact (Clopper-Pearson) interval for a binomial probability: with s successes in n
/// trials, the bounds are Beta quantiles, so the interval covers the true probability at least
/// as often as its level says. Computed by GSL's `gsl_cdf_beta_Pinv`.
public enum ClopperPearson {
  /// The two-sided interval at `level` (e.g. 0.95) for `successes` out of `trials`; (0, 1) with
  /// no trials.
  public static func interval(successes: Int, trials: Int, level: Double = 0.95) -> (low: Double, high: Double) {
    guard trials > 0 else { return (0, 1) }
    let s = Double(min(max(successes, 0), trials))
    let n = Double(trials)
    let tail = (1 - level) / 2
    let low = s == 0 ? 0 : gsl_cdf_beta_Pinv(tail, s, n - s + 1)
    let high = s == n ? 1 : gsl_cdf_beta_Pinv(1 - tail, s + 1, n - s)
    return (low, high)
  }
}
