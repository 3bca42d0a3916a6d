/// Where a metric name appears: names mean different things in different tables (a yearly
/// `recovery.rate` in `projection.csv` is one year's rate; in `metrics.csv` it is the whole run's).
public enum MetricScope: String, Sendable, CaseIterable {
  /// One value per replication: `metrics.csv`, `replications.csv`, `comparison.csv`,
  /// `sweep.csv`, `breakdown.csv` (per group) and `summary.json`.
  case replication
  /// One value per projection year: the `metric` column of `projection.csv`.
  case year
  /// A cost category per projection year: the `category` column of `costs.csv`.
  case costCategory = "cost category"
  /// One value per time bin: the `series` column of `timeseries.csv`.
  case series
  /// A row only `comparison.csv` has (cost-effectiveness of ALT against BASE).
  case comparison
  /// One part of the net impact: the `component` column of `net_impact.csv`.
  case netImpact = "net impact"
}
