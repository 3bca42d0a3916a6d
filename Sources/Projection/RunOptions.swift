import SimCore

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
  /// Events the whole run may handle (see `EventBudget`).
  public var eventsPerRun = EventBudget.defaultEventsPerRun
  /// Events one replication may handle.
  public var eventsPerReplication = EventBudget.defaultEventsPerReplication

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
  ///   - events: the events a result handled, spent from the run's `EventBudget`.
  ///   - stopped: true for a result that stopped at its event limit; no batch starts after one.
  ///   - body: runs replication i with at most the given number of events.
  public static func run<Result: Sendable>(
    fixed: Int, options: RunOptions, keyValues: @escaping ([Result]) -> [[Double]],
    events: @escaping @Sendable (Result) -> Int, stopped: @escaping (Result) -> Bool,
    body: @escaping @Sendable (Int, Int) -> Result
  ) -> [Result] {
    let budget = EventBudget(eventsPerRun: options.eventsPerRun, eventsPerReplication: options.eventsPerReplication)
    let body: @Sendable (Int) -> Result = { replication in
      let result = body(replication, budget.allowance())
      budget.spend(events(result))
      return result
    }
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
      if results.contains(where: stopped) || isPrecise(keyValues(results), precision: precision) { break }
    }
    return results
  }

  /// Runs `body` for replications 0..<n as above, for results that keep no event count.
  public static func run<Result: Sendable>(
    fixed: Int, options: RunOptions, keyValues: @escaping ([Result]) -> [[Double]],
    body: @escaping @Sendable (Int) -> Result
  ) -> [Result] {
    run(fixed: fixed, options: options, keyValues: keyValues, events: { _ in 0 }, stopped: { _ in false }) {
      replication, _ in body(replication)
    }
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
