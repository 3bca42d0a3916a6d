import CareModel
import Foundation
import Scenario
import StepwellMetrics
import Synchronization
import Yams

/// `stepwell psa`: a probabilistic sensitivity analysis. An outer loop of parameter draws (a
/// Latin hypercube over the scenario's `uncertainty:` inputs, seeded from its master seed) and an
/// inner loop of replications. Draw d runs replications d x R to d x R + R - 1 of the master seed,
/// so with every input fixed the analysis is exactly a plain run of N x R replications; BASE and
/// ALT run the same replications (common random numbers across designs).
public struct PSARun: Sendable {
  /// The request.
  public let request: PSARequest
  /// The scenario names (BASE first).
  public let names: [String]
  /// The scenario files.
  public let files: [String]
  /// The master seed.
  public let seed: UInt64
  /// The draws.
  public let sampling: PSASampling
  /// Which columns apply to each design.
  public let designInputs: [PSADesignInputs]
  /// Metric names of each design.
  let metricNames: [[String]]
  /// values[design][draw][replication][metric].
  let values: [[[[Double]]]]
  /// Whether the designs are care scenarios.
  public let isCare: Bool
  /// Every metric summarised, per design and (with ALT) the paired difference.
  public let summaries: [PSAMetricSummary]
  /// Cost-effectiveness of ALT (care pairs with costs and QALYs).
  public let costEffectiveness: PSACostEffectiveness?
  /// The inputs that move ALT's net benefit most.
  public let tornado: PSATornado?
  /// The thresholds of `nmb.<threshold>` columns (the scenario's `costs.thresholds`).
  public let nmbThresholds: [Double]
  /// Events and wall seconds.
  public let events: Int
  public let wallSeconds: Double
  /// Threads used.
  public let threads: Int

  /// Loads the designs, draws the inputs, checks every draw's scenario, then runs them.
  ///
  /// - Parameter progress: called with (draws done, draws) while running.
  public init(request: PSARequest, options: RunOptions, progress: (@Sendable (Int, Int) -> Void)? = nil) throws {
    let started = Date()
    let work = try Work(request: request, options: options)
    let done = Mutex(0)
    let ran = ReplicationRunner.run(0..<request.draws, threads: options.threads) {
      d -> Result<[PSADrawOutcome], any Error> in
      let result = Result { try work.runDraw(d) }
      done.withLock { value in
        value += 1
        progress?(value, request.draws)
      }
      return result
    }
    let outcomes = try ran.map { try $0.get() }
    for outcome in outcomes.joined() {
      if let failure = EventLimitFailure(first: outcome.stopped, of: outcome.replicationEvents, options: options) {
        throw failure
      }
    }
    self.init(work: work, outcomes: outcomes, wallSeconds: Date().timeIntervalSince(started))
  }

  /// The analysis of every draw's outcomes (one per design, in draw order).
  init(work: Work, outcomes drawn: [[PSADrawOutcome]], wallSeconds: Double) {
    request = work.request
    let designs = work.designs
    let sampling = work.sampling
    names = designs.map(\.loaded.name)
    files = designs.map(\.path)
    seed = designs[0].loaded.design.seed
    isCare = designs[0].loaded.kind == .care
    threads = work.options.threads
    self.sampling = sampling
    designInputs = work.designInputs
    let outcomes = PSARun.aligned(drawn)
    metricNames = designs.indices.map { outcomes.first?[$0].names ?? [] }
    values = designs.indices.map { position in outcomes.map { $0[position].values } }
    events = outcomes.reduce(0) { $0 + $1.reduce(0) { $0 + $1.events } }
    nmbThresholds = (designs[0].loaded.design as? CareSetup)?.design.costs?.thresholds ?? []
    (summaries, costEffectiveness) = PSARun.analyse(names: metricNames, values: values, paired: designs.count == 2)
    if let ce = costEffectiveness {
      let threshold = PSACostEffectiveness.referenceThreshold
      tornado = PSATornado(
        keys: sampling.columns.map(\.key), inputs: sampling.columns.indices.map(sampling.column),
        netBenefit: ce.netBenefit(at: threshold), threshold: threshold)
    } else {
      tornado = nil
    }
    self.wallSeconds = wallSeconds
  }
}
