import StepwellMetrics

/// Whether a run's warm-up looks long enough, by MSER-5 (White 1997; White, Cobb and Spratt
/// 2000) on each time series (the care model's weekly waiting lists, the network's queues).
///
/// The series is the mean over replications, cut into batches of five bins. For each candidate
/// truncation d (in batches, 0 to half the batches) MSER is the variance of the batch means kept
/// divided by their number, `sum_{j>d} (Z_j - mean_d)^2 / (n - d)^2`; the d with the smallest
/// value is where the series looks settled. A warm-up shorter than that point by more than one
/// batch is flagged when the stretch it leaves in is material: its mean differs from the settled
/// mean by more than `materialShare` of it and by at least `materialLevel`.
public struct WarmupCheck: Sendable {
  /// Bins per batch (MSER-5).
  public static let batchSize = 5
  /// The least difference of level that counts (people or customers).
  public static let materialLevel = 1.0
  /// The least relative difference of level that counts (share of the settled mean).
  public static let materialShare = 0.05

  /// What MSER-5 found on one series.
  public struct Finding: Sendable {
    /// The series' name.
    public let series: String
    /// Where the series looks settled, in the design's time unit from the run's start.
    public let settledFrom: Double
    /// True when the smallest MSER fell at the last candidate: the series has not settled in
    /// the first half of the run (a trend, or a warm-up far too short).
    public let neverSettled: Bool
    /// True when the warm-up ends more than a batch before `settledFrom` and the stretch
    /// between makes a material difference.
    public let warmupTooShort: Bool
  }

  /// The warm-up used, in the design's time unit.
  public let warmup: Double
  /// The design's time unit.
  public let timeUnit: String
  /// One finding per series with enough bins, in output order.
  public let findings: [Finding]

  /// Checks `tables`' series against `warmup`.
  public init(tables: ReplicationTables, warmup: Double, timeUnit: String) {
    self.warmup = warmup
    self.timeUnit = timeUnit
    let starts = tables.binStarts
    guard let first = tables.series.first, starts.count >= 4 * WarmupCheck.batchSize else {
      findings = []
      return
    }
    let width = starts.count > 1 ? starts[1] - starts[0] : 0
    findings = first.indices.compactMap { index in
      let bins = starts.indices.map { bin in
        tables.series.reduce(0) { $0 + $1[index].values[bin] } / Double(tables.series.count)
      }
      let (batches, atLimit) = WarmupCheck.truncation(bins, batch: WarmupCheck.batchSize)
      let cut = batches * WarmupCheck.batchSize
      let settledFrom = starts[cut]
      let kept = WarmupCheck.mean(bins[cut...])
      let warmupBin = starts.firstIndex { $0 >= warmup - 1e-9 } ?? cut
      let left = warmupBin < cut ? WarmupCheck.mean(bins[warmupBin..<cut]) : kept
      let material =
        abs(left - kept) > max(WarmupCheck.materialLevel, WarmupCheck.materialShare * abs(kept))
      let short = settledFrom > warmup + Double(WarmupCheck.batchSize) * width + 1e-9 && material
      return Finding(series: first[index].name, settledFrom: settledFrom, neverSettled: atLimit, warmupTooShort: short)
    }
  }

  /// The latest point at which a series looks settled (0 when none was checked).
  public var settledFrom: Double { findings.map(\.settledFrom).max() ?? 0 }

  /// True when no series shows a material transient after the warm-up.
  public var isAdequate: Bool { !findings.contains { $0.warmupTooShort } }

  /// MSER truncation of `values` in batches of `batch`: the number of batches to drop (0 to half
  /// of them) and whether that is the last candidate.
  public static func truncation(_ values: [Double], batch: Int) -> (batches: Int, atLimit: Bool) {
    let count = values.count / batch
    guard count >= 2 else { return (0, false) }
    let means = (0..<count).map { j in values[(j * batch)..<((j + 1) * batch)].reduce(0, +) / Double(batch) }
    let limit = count / 2
    var best = 0
    var bestValue = Double.infinity
    var sum = means.reduce(0, +)
    var squares = means.reduce(0) { $0 + $1 * $1 }
    for d in 0...limit {
      if d > 0 {
        sum -= means[d - 1]
        squares -= means[d - 1] * means[d - 1]
      }
      let kept = Double(count - d)
      let mean = sum / kept
      let value = max(0, squares - kept * mean * mean) / (kept * kept)
      if d == 0 || value < bestValue * (1 - 1e-12) {
        best = d
        bestValue = value
      }
    }
    return (best, best == limit && limit > 0)
  }

  static func mean(_ values: ArraySlice<Double>) -> Double {
    values.isEmpty ? 0 : values.reduce(0, +) / Double(values.count)
  }

  /// The check for `manifest.json`.
  public var json: JSONValue {
    .object([
      ("method", .string("MSER-5 on each series' mean over replications")),
      ("warmup", .number(warmup)), ("time_unit", .string(timeUnit)),
      ("settled_from", .number(settledFrom)), ("adequate", .bool(isAdequate)),
      (
        "series",
        .object(
          findings.map { finding in
            (
              finding.series,
              .object([
                ("settled_from", .number(finding.settledFrom)), ("never_settled", .bool(finding.neverSettled)),
                ("warmup_too_short", .bool(finding.warmupTooShort)),
              ])
            )
          })
      ),
    ])
  }

  /// A warning line for stderr when the warm-up looks too short, else nil.
  public func message(design: String? = nil) -> String? {
    let short = findings.filter(\.warmupTooShort)
    guard !short.isEmpty else { return nil }
    let prefix = design.map { "\($0): " } ?? ""
    let names = short.map { finding in
      SeriesKey(finding.series).waitingListService.map { "the \($0) waiting list" } ?? finding.series
    }.joined(separator: ", ")
    let advice =
      short.contains(where: \.neverSettled)
      ? "a list that never settles in the first half of the run is still trending (see any growing-list warning): "
        + "its figures depend on the run's length"
      : "lengthen the warm-up or start from a current state"
    return "warning: \(prefix)the warm-up of \(NumberFormat.screen(warmup)) \(timeUnit) looks too short: MSER-5 "
      + "finds \(names) settled only from \(NumberFormat.screen(settledFrom)) \(timeUnit); \(advice)"
  }
}
