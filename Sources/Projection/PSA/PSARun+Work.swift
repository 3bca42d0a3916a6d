import Foundation
import Scenario

extension PSARun {
  /// A PSA as work items: one per draw (`draw-0001` is the first row of psa.csv). Draw d runs
  /// replications d x R to d x R + R - 1 of the master seed for every design, so its result
  /// depends only on its number, whichever process or thread runs it.
  public struct Work: ShardedWork {
    /// The request.
    public let request: PSARequest
    /// The designs (BASE first), loaded with the command's overrides.
    let designs: [PSADesign]
    /// The draws.
    let sampling: PSASampling
    /// Which columns apply to each design.
    let designInputs: [PSADesignInputs]
    /// Threads and event budgets.
    let options: RunOptions

    /// Loads the designs, draws the inputs and checks every draw's scenario before anything runs.
    public init(request: PSARequest, options: RunOptions) throws {
      self.request = request
      var quiet = options
      quiet.progress = nil
      self.options = quiet
      var replicationsPin = request.overrides
      replicationsPin.append(SetOverride(path: ["replications"], value: .integer(request.replications)))
      let base = try PSADesign.load(path: request.basePath, overrides: replicationsPin) { _, _ in [] }
      var designs = [base]
      if let altPath = request.altPath {
        let alt = try PSADesign.load(path: altPath, overrides: replicationsPin) { own, _ in
          try DesignPair.checkSameKind(base.loaded, own)
          try DesignPair.checkSameHorizon(base.loaded, own)
          return try DesignPair.pinnedOverrides(base: base.loaded, tree: base.tree)
        }
        designs.append(alt)
      }
      self.designs = designs
      let spec = try PSARun.combinedSpec(designs)
      let sampling = PSASampling(spec: spec, count: request.draws, seed: base.loaded.design.seed)
      self.sampling = sampling
      let designInputs = designs.map { PSADesignInputs(columns: sampling.columns, design: $0) }
      self.designInputs = designInputs
      try PSARun.checkApplicable(sampling.columns, designInputs, designs)
      try PSARun.checkDraws(designs, designInputs, sampling, threads: options.threads)
    }

    public var workItems: [WorkItem] {
      let r = request.replications
      return (0..<request.draws).map { d in
        WorkItem(
          id: "draw-\(WorkItem.number(d + 1))",
          description: "draw \(d + 1) of \(request.draws): replications \(d * r) to \(d * r + r - 1)")
      }
    }

    public var runsItemsInParallel: Bool { true }

    /// Draw `d` of every design; an item fails (exit code 1) when a replication reaches its
    /// event limit.
    public func runItem(_ d: Int) throws -> [PSADrawOutcome] {
      let outcomes = try runDraw(d)
      for outcome in outcomes {
        if let failure = EventLimitFailure(first: outcome.stopped, of: outcome.replicationEvents, options: options) {
          throw failure
        }
      }
      return outcomes
    }

    /// Draw `d` of every design, on this thread.
    func runDraw(_ d: Int) throws -> [PSADrawOutcome] {
      let r = request.replications
      do {
        return try zip(designs, designInputs).map { design, applying in
          let scenario = try design.drawn(
            applying.overrides(columns: sampling.columns, draw: d, values: sampling.values[d]))
          return PSADrawOutcome.run(
            scenario.design, replications: d * r..<(d + 1) * r, eventLimit: options.eventsPerReplication)
        }
      } catch {
        throw PSARun.scenarioError(error, designs[0].path)
      }
    }

    /// The fingerprint: every design's effective scenario, the draws and replications per draw,
    /// and the run options.
    public var fingerprint: CommandFingerprint {
      CommandFingerprint(
        command: "psa",
        options: ["draws=\(request.draws)", "replications=\(request.replications)"]
          + CommandFingerprint.options(options),
        scenarios: designs.map(\.loaded.effectiveYAML))
    }

    /// The analysis of stored draws (one result per item, in draw order).
    public func run(stored: [ItemResult], wallSeconds: Double) -> PSARun {
      PSARun(work: self, outcomes: stored, wallSeconds: wallSeconds)
    }
  }
}
