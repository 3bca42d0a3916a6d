/// How replications are run: threads, a fixed count or a precision target, per-entity records.
public struct RunOptions: Sendable {
  /// Worker threads (>= 1).
  public var threads: Int
  /// When set, replications are added in batches of `precisionBatch` until the 95% half-width
  /// of every key metric is within this fraction of its mean (e.g. 0.05), up to `precisionCap`.
  public var precision: Double?
  /// Keep per-entity records (exact percentiles; `records.csv`).
  public var records: Bool
  /// Called after each replication with (done, planned).
  public var progress: (@Sendable (Int, Int) -> Void)?

  /// Replications added per batch under `--precision`.
  public static let precisionBatch = 10
  /// The most replications `--precision` will run.
  public static let precisionCap = 200

  public init(
    threads: Int = ReplicationRunner.availableCores, precision: Double? = nil, records: Bool = false,
    progress: (@Sendable (Int, Int) -> Void)? = nil
  ) {
    self.threads = threads
    self.precision = precision
    self.records = records
    self.progress = progress
  }
}

/// Runs replications either to a fixed count or, under `--precision`, in batches until the key
/// metrics are precise enough. Replication i always uses the same streams, so the first n
/// replications of a precision run equal an n-replication run.
public enum AdaptiveReplications {
  /// Runs `body` for replications 0..<n, choosing n as the options say.
  ///
  /// - Parameters:
  ///   - fixed: the count used without a precision target.
  ///   - keyValues: extracts the key metrics' values from one result.
  public static func run<Result: Sendable>(
    fixed: Int, options: RunOptions, keyValues: @escaping ([Result]) -> [[Double]],
    body: @escaping @Sendable (Int) -> Result
  ) -> [Result] {
    guard let precision = options.precision else {
      return ReplicationRunner.run(0..<fixed, threads: options.threads, progress: progress(options, fixed), body: body)
    }
    var results: [Result] = []
    while results.count < RunOptions.precisionCap {
      let start = results.count
      let end = min(start + RunOptions.precisionBatch, RunOptions.precisionCap)
      var batchProgress: (@Sendable (Int) -> Void)?
      if let report = options.progress {
        batchProgress = { done in report(start + done, end) }
      }
      results += ReplicationRunner.run(
        start..<end, threads: options.threads, progress: batchProgress, body: body)
      if isPrecise(keyValues(results), precision: precision) { break }
    }
    return results
  }

  static func progress(_ options: RunOptions, _ total: Int) -> (@Sendable (Int) -> Void)? {
    guard let report = options.progress else { return nil }
    return { done in report(done, total) }
  }

  /// True when every series' 95% half-width is within `precision` x |mean|.
  public static func isPrecise(_ series: [[Double]], precision: Double) -> Bool {
    series.allSatisfy { values in
      let summary = MetricSummary(name: "", values: values)
      guard let half = summary.halfWidth else { return false }
      return half <= precision * abs(summary.mean) || half < 1e-12
    }
  }
}
