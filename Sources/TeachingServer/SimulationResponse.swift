/// The body of a successful `POST /api/simulate` (docs/teaching-api.md describes every field).
public struct SimulationResponse: Encodable, Sendable {
  public let preset: String
  public let title: String
  /// The therapy service the staff and sessions controls changed.
  public let mainService: String
  /// The values run: the request's, or the preset's where it gave none.
  public let inputs: RunPlan
  public let run: RunFacts
  /// The main service's waiting list, week by week, warm-up included.
  public let waitingList: SeriesBand
  public let waits: WaitDistribution
  /// Key metrics, the lead wait first.
  public let metrics: [MetricValue]
  /// M/M/c theory (one-step only; null otherwise).
  @NullWhenMissing public var theory: TheoryPanel?
  /// Why there is no theory, when there is none.
  @NullWhenMissing public var theoryNote: String?
  /// The people still waiting and the lists' growth (Sandwell presets; null for one-step).
  @NullWhenMissing public var stillWaiting: StillWaiting?
}

/// Facts about the run itself.
public struct RunFacts: Encodable, Sendable {
  /// Simulated days per replication, warm-up included, and the warm-up.
  public let horizonDays: Double
  public let warmupDays: Double
  public let replications: Int
  public let seed: Int
  /// Places of the main service at the end of warm-up.
  public let places: Int
  /// Events handled over all replications.
  public let events: Int
  /// Wall-clock seconds of the main run (replications only).
  public let wallSeconds: Double
}
