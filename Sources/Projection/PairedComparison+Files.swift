extension PairedComparison {
  /// `comparison.csv`: metric,base_mean,alt_mean,diff_mean,diff_ci_low,diff_ci_high,significant.
  ///
  /// Differences are ALT minus BASE in the metric's own unit. A side that lacks the metric has
  /// an empty mean, and then the difference columns are empty too; `significant` is `true` when
  /// the paired 95% interval excludes zero, `false` when it contains zero, empty without one.
  public var comparisonCSV: String {
    var table = CSVTable(columns: [
      "metric", "base_mean", "alt_mean", "diff_mean", "diff_ci_low", "diff_ci_high", "significant",
    ])
    for row in rows {
      table.append([
        row.metric, NumberFormat.csv(row.baseMean), NumberFormat.csv(row.altMean),
        NumberFormat.csv(row.difference?.mean), NumberFormat.csv(row.difference?.ciLow),
        NumberFormat.csv(row.difference?.ciHigh), row.significant.map { $0 ? "true" : "false" } ?? "",
      ])
    }
    return table.text
  }

  /// Every row as a JSON object keyed by metric, with the same fields as `comparison.csv`.
  public var json: JSONValue {
    .object(rows.map { row in (row.metric, row.json) })
  }
}

extension PairedDifference {
  /// The row's fields as JSON (null where a value is absent).
  public var json: JSONValue {
    .object([
      ("base_mean", .number(baseMean)), ("alt_mean", .number(altMean)),
      ("diff_mean", .number(difference?.mean)), ("diff_ci_low", .number(difference?.ciLow)),
      ("diff_ci_high", .number(difference?.ciHigh)),
      ("significant", significant.map { JSONValue.bool($0) } ?? .null),
    ])
  }
}
