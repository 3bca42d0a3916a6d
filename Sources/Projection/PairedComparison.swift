/// Every metric of two designs, ALT minus BASE, paired by replication.
///
/// The rows cover every metric in either design: BASE's metrics in their output order, then
/// those only ALT has. A metric one design lacks keeps that side's mean and the difference
/// absent (nil), never zero.
public struct PairedComparison: Sendable {
  /// One row per metric, in output order.
  public let rows: [PairedDifference]

  /// Compares per-replication metrics: one `[(name, value)]` list per replication and design.
  public init(base: [[(name: String, value: Double)]], alt: [[(name: String, value: Double)]]) {
    let baseValues = PairedComparison.valuesByMetric(base)
    let altValues = PairedComparison.valuesByMetric(alt)
    var names = baseValues.names
    let known = Set(names)
    names += altValues.names.filter { !known.contains($0) }
    rows = names.map { name in
      PairedDifference(metric: name, base: baseValues.values[name], alt: altValues.values[name])
    }
  }

  /// A comparison of the given rows.
  public init(rows: [PairedDifference]) { self.rows = rows }

  /// This comparison with `extra` rows after its own.
  public func appending(_ extra: [PairedDifference]) -> PairedComparison { PairedComparison(rows: rows + extra) }

  /// Compares two runs' replication tables.
  public init(base: ReplicationTables, alt: ReplicationTables) {
    self.init(base: base.metrics, alt: alt.metrics)
  }

  /// The row of a metric, if either design has it.
  public func row(_ metric: String) -> PairedDifference? { rows.first { $0.metric == metric } }

  /// Metric names in first-seen order and each metric's values, one per replication (NaN where
  /// a replication lacks a metric the others have, so indices stay paired).
  static func valuesByMetric(_ replications: [[(name: String, value: Double)]]) -> (
    names: [String], values: [String: [Double]]
  ) {
    var names: [String] = []
    var values: [String: [Double]] = [:]
    for (index, metrics) in replications.enumerated() {
      for metric in metrics {
        if values[metric.name] == nil {
          names.append(metric.name)
          values[metric.name] = Array(repeating: .nan, count: replications.count)
        }
        values[metric.name]?[index] = metric.value
      }
    }
    return (names, values)
  }
}
