import Projection

/// A weekly series over replications: the mean and the 95% interval of each week.
public struct SeriesBand: Encodable, Sendable, Equatable {
  /// The series' name in `timeseries.csv` (`service.<id>.waiting_list`).
  public let series: String
  /// The first day of each weekly bin (days from the start, warm-up included).
  public let weekStartDays: [Double]
  /// The time-average number waiting in each week, averaged over replications.
  public let mean: [Double?]
  public let ciLow: [Double?]
  public let ciHigh: [Double?]

  /// The band of series `name` from a run's tables; empty when the series is absent.
  public init(name: String, tables: ReplicationTables) {
    series = name
    weekStartDays = tables.binStarts
    let perReplication = tables.series.compactMap { result in result.first { $0.name == name }?.values }
    var means: [Double?] = []
    var lows: [Double?] = []
    var highs: [Double?] = []
    for bin in tables.binStarts.indices {
      let values = perReplication.compactMap { $0.indices.contains(bin) ? $0[bin] : nil }
      let summary = MetricSummary(name: name, values: values)
      means.append(summary.replications > 0 ? Finite.value(summary.mean) : nil)
      lows.append(summary.ciLow.flatMap(Finite.value))
      highs.append(summary.ciHigh.flatMap(Finite.value))
    }
    mean = means
    ciLow = lows
    ciHigh = highs
  }
}
