/// Every file Stepwell writes into an output folder, with its columns.
public enum OutputCatalogue {
  /// The name of the data dictionary every output folder holds.
  public static let dataDictionaryName = "data-dictionary.csv"

  /// The description of a file by name, or nil for a file the catalogue does not know.
  public static func file(_ name: String) -> OutputFileDescription? {
    files.first { $0.name == name } ?? (name.hasSuffix(".xlsx") ? workbook : nil)
  }

  /// The Excel workbook `--xlsx` adds to an output folder, named after the folder.
  public static let workbook = OutputFileDescription(
    "<folder-name>.xlsx",
    content:
      "With --xlsx: every CSV table of the folder (and of base/ and alt/) as a sheet of one Excel workbook, with the data dictionary and an About sheet from manifest.json"
  )

  static let metric = OutputColumn("metric", .text, "Metric name (see its own row)")
  static let mean = OutputColumn("mean", .ofMetric, "Mean over replications")
  static let ciLow = OutputColumn(
    "ci_low", .ofMetric, "Lower end of the two-sided 95% Student t interval over replications; empty with one")
  static let ciHigh = OutputColumn(
    "ci_high", .ofMetric, "Upper end of the two-sided 95% Student t interval over replications; empty with one")
  static let replications = OutputColumn("replications", .replications, "Replications the mean is over")
  static let dimension = OutputColumn(
    "dimension", .text, "Grouping: all, imd_quintile, ethnicity, age_band, sex (and others named in the file)")
  static let group = OutputColumn("group", .text, "Group within the dimension (all for everyone)")

  /// Every file, in the order the documentation lists them.
  public static let files: [OutputFileDescription] = runFiles + commandFiles + sharedFiles

  static let runFiles: [OutputFileDescription] = [
    OutputFileDescription(
      "metrics.csv", content: "Each metric's mean over replications with its 95% interval",
      columns: [metric, mean, ciLow, ciHigh, replications], metricColumn: ("metric", .replication)),
    OutputFileDescription(
      "replications.csv", content: "Every metric of every replication",
      columns: [
        OutputColumn("replication", .index, "Replication number, from 1"), metric,
        OutputColumn("value", .ofMetric, "The metric's value in that replication"),
      ], metricColumn: ("metric", .replication)),
    OutputFileDescription(
      "timeseries.csv", content: "Time series over the whole horizon, warm-up included",
      columns: [
        OutputColumn(
          "period", .runTime, "Start of the bin: the day of the run (care, weekly bins) or the time (network, 200 bins)"
        ),
        OutputColumn("series", .text, "Series name (see its own row)"), mean, ciLow, ciHigh,
      ], metricColumn: ("series", .series)),
    OutputFileDescription(
      "projection.csv", content: "Care metrics per projection year",
      columns: [
        OutputColumn("year", .year, "Projection year k from 1: the k-th 365.25-day period after warm-up"), metric,
        mean, ciLow, ciHigh, replications,
      ], metricColumn: ("metric", .year)),
    OutputFileDescription(
      "costs.csv", content: "Care costs by category per projection year, then discounted totals",
      columns: [
        OutputColumn(
          "year", .year,
          "Projection year from 1, or discounted_total: the years summed at the Green Book discount factor (year 1 undiscounted)"
        ),
        OutputColumn("category", .text, "Cost category (see its own row)"),
        OutputColumn("mean", .ofMetric, "Mean over replications (price-year pounds)"), ciLow, ciHigh,
      ], metricColumn: ("category", .costCategory)),
    OutputFileDescription(
      "breakdown.csv", content: "Care waits, recovery and referrals by group, after warm-up",
      columns: [dimension, group, metric, mean, ciLow, ciHigh], metricColumn: ("metric", .replication)),
    OutputFileDescription(
      "boards.csv", content: "A national run: each board's headline metrics over its replications",
      columns: [
        OutputColumn("code", .text, "The board's official (ONS) code"),
        OutputColumn("board", .text, "The board's area, as the scenario names it"),
        OutputColumn("title", .text, "The board's name"),
        OutputColumn("population", .index, "Residents of the board's area (people)"),
        OutputColumn(
          "referrals_input_per_year", .referralsPerYear,
          "The board's referral inflow target: rate x population / 100,000 x need"),
        OutputColumn(
          "capacity_scale", .index, "The board's referrals over the shared design's: every capacity's multiplier"),
        metric, OutputColumn("unit", .text, "The metric's unit"), mean, ciLow, ciHigh,
      ], metricColumn: ("metric", .replication)),
    OutputFileDescription(
      "records.csv",
      content: "With --records: one row per customer of the first replication (network) or per person (population)",
      columns: networkRecordColumns + personRecordColumns),
  ]
}
