import Foundation
import Projection
import QueueingNetwork
import Scenario
import Testing

/// Builds a validated network scenario from YAML text, as the loader does for a file.
func makeScenario(_ yaml: String, file: String = "test.yaml") throws -> NetworkDesign {
  try NetworkDesign(node: YAMLSource.parse(yaml, file: file), file: file)
}

/// True when heavy-traffic cases (rho = 0.95) should run: STEPWELL_HEAVY=1, or a release build.
var heavyTestsEnabled: Bool {
  #if DEBUG
    return ProcessInfo.processInfo.environment["STEPWELL_HEAVY"] == "1"
  #else
    return true
  #endif
}

/// Checks the whole-run conservation identities of one replication:
/// at each node `arrivals == starts + lost + reneged + waitingAtEnd` and
/// `starts == completions + inServiceAtEnd`; for the network
/// `entered == departed + inSystem + lost + reneged`, and `inSystem` equals the customers
/// waiting or in service at the end.
func expectConserved(
  _ result: NetworkReplicationResult, sourceLocation: SourceLocation = #_sourceLocation
) {
  #expect(result.totals.count == result.waitingAtEnd.count, sourceLocation: sourceLocation)
  #expect(result.totals.count == result.inServiceAtEnd.count, sourceLocation: sourceLocation)
  for (index, total) in result.totals.enumerated() {
    let waiting = result.waitingAtEnd[index]
    let inService = result.inServiceAtEnd[index]
    #expect(
      total.arrivals == total.starts + total.lost + total.reneged + waiting,
      "node \(index): \(total), waiting \(waiting)", sourceLocation: sourceLocation)
    #expect(
      total.starts == total.completions + inService,
      "node \(index): \(total), in service \(inService)", sourceLocation: sourceLocation)
    #expect(waiting >= 0 && inService >= 0, sourceLocation: sourceLocation)
  }
  let lostOrReneged = result.totals.reduce(0) { $0 + $1.lost + $1.reneged }
  #expect(result.lostOrReneged == lostOrReneged, sourceLocation: sourceLocation)
  #expect(
    result.entered == result.departed + result.inSystem + lostOrReneged,
    "entered \(result.entered), departed \(result.departed), in system \(result.inSystem)",
    sourceLocation: sourceLocation)
  let present = result.waitingAtEnd.reduce(0, +) + result.inServiceAtEnd.reduce(0, +)
  #expect(result.inSystem == present, sourceLocation: sourceLocation)
  // engine.events counts every arrival at a node (external, routed, backlog) and completion.
  let counted = result.totals.reduce(0) { $0 + $1.arrivals + $1.completions }
  #expect(result.events == counted, sourceLocation: sourceLocation)
  #expect(result.metric("engine.events") == Double(counted), sourceLocation: sourceLocation)
}

/// Runs the scenario's replications on two threads and checks conservation in each.
func runReplications(
  _ scenario: NetworkDesign, sourceLocation: SourceLocation = #_sourceLocation
) -> NetworkRun {
  let run = NetworkRun(design: scenario, options: RunOptions(threads: 2))
  #expect(run.replications.count == scenario.replications, sourceLocation: sourceLocation)
  for result in run.replications { expectConserved(result, sourceLocation: sourceLocation) }
  return run
}

/// Checks that the replication mean of `metric` lies within `k` standard errors of `expected`.
///
/// The standard error is the sample standard deviation over replications / sqrt(n), so the
/// check is only meaningful with independent replications (>= 20 here) and a warm-up long
/// enough that the start-up bias is small against it.
func expectWithinStandardErrors(
  _ run: NetworkRun, _ metric: String, _ expected: Double, k: Double = 3,
  sourceLocation: SourceLocation = #_sourceLocation
) {
  guard let summary = run.summary(metric) else {
    Issue.record("no metric \(metric)", sourceLocation: sourceLocation)
    return
  }
  #expect(summary.replications >= 20, sourceLocation: sourceLocation)
  let se = summary.standardError
  #expect(se.isFinite && se > 0, "\(metric): standard error \(se)", sourceLocation: sourceLocation)
  let distance = abs(summary.mean - expected)
  #expect(
    distance <= k * se,
    "\(metric): mean \(summary.mean), theory \(expected), SE \(se), off by \(distance / se) SE",
    sourceLocation: sourceLocation)
}

/// Mean and standard error of per-replication values.
func meanAndStandardError(_ values: [Double]) -> (mean: Double, se: Double) {
  let summary = MetricSummary(name: "", values: values)
  return (summary.mean, summary.standardError)
}
