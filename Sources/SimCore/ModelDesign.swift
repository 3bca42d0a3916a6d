/// A model's validated design, ready to run: the one interface every model offers to the code
/// that runs replications, compares designs and sweeps parameters.
///
/// A replication must depend only on the design, the shared world and its index, so results are
/// the same whatever the thread count and the first n replications of a longer run equal an
/// n-replication run.
public protocol ModelDesign: Sendable {
  /// What one replication produces.
  associatedtype Outcome: ReplicationOutcome
  /// Read-only state shared by every replication (for example a synthetic population), built
  /// once per run.
  associatedtype World: Sendable

  /// The design's name, used for output folders.
  var name: String { get }
  /// The master seed.
  var seed: UInt64 { get }
  /// The number of replications a run makes without a precision target.
  var replications: Int { get set }
  /// Simulated time per replication, warm-up included, in `timeUnit`.
  var horizon: Double { get }
  /// Time before statistics start, in `timeUnit`.
  var warmup: Double { get }
  /// The unit of `horizon`, `warmup` and every wait.
  var timeUnit: String { get }
  /// The metrics a precision target watches.
  var keyMetrics: [String] { get }
  /// A one-line description for `stepwell validate`.
  var validationSummary: String { get }

  /// Builds the shared state of a run.
  func makeWorld() -> World
  /// Runs replication `replication` (0-based) to the horizon, or until it has handled
  /// `eventLimit` events.
  ///
  /// - Parameter records: keep per-entity records (exact percentiles, a records file).
  func runReplication(_ replication: Int, in world: World, records: Bool, eventLimit: Int) -> Outcome
}

/// What one replication of any model produced, as the common outputs need it.
public protocol ReplicationOutcome: Sendable {
  /// Metric name and value, in output order (the same names in every replication).
  var metrics: [(name: String, value: Double)] { get }
  /// Series name and bin means.
  var series: [(name: String, values: [Double])] { get }
  /// The start of each series bin, in the design's time unit.
  var binStarts: [Double] { get }
  /// Events handled.
  var events: Int { get }
  /// True when the replication stopped at its event limit before the horizon.
  var stoppedAtEventLimit: Bool { get }
}

extension ReplicationOutcome {
  /// The value of a metric by name.
  public func metric(_ name: String) -> Double? { metrics.first { $0.name == name }?.value }
}

/// The shared state of a model whose replications share nothing.
public struct EmptyWorld: Sendable {
  public init() {}
}
