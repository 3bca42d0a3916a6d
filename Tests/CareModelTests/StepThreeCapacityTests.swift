import CareModel
import Testing

/// Step-3 staffing that makes step 3 the hub's bottleneck, per run length. A short run starts
/// empty and its demand is still building, so it needs fewer WTE to be as busy as the full run.
struct StepThreeRegime: Sendable {
  /// WTE swept from the most stretched to the most comfortable (utilisation about 0.98 down to
  /// about 0.88). Cancelled sessions stretch courses, so a WTE carries fewer courses than its
  /// caseload alone says.
  let sweepWTE: [Int]
  /// WTE for the pooled-list check (utilisation about 0.96).
  let pooledTestWTE: Int

  static let full = StepThreeRegime(sweepWTE: [17, 18, 19], pooledTestWTE: 18)
  static let short = StepThreeRegime(sweepWTE: [13, 14, 15], pooledTestWTE: 14)
  static let current = heavyChecks ? full : short
}

@Suite("Step-3 capacity and waits")
struct StepThreeCapacityTests {
  /// A therapy service is a many-server queue (places held for a course); its mean wait falls
  /// as places are added and, as in M/M/c, rises ever more steeply as utilisation nears 1.
  @Test("more step-3 WTE lowers step-3 waits, steeply near full utilisation")
  func waitsFallWithCapacityAndRiseSteeplyNearSaturation() async throws {
    let wte = StepThreeRegime.current.sweepWTE
    let batches = try await careBatches(wte.map { (.hub, ["services.step3.wte=\($0)"]) })
    let waits = batches.map { $0.mean("service.step3.wait.mean") }
    let utilisation = batches.map { $0.mean("service.step3.utilisation") }
    let table = zip(wte, zip(waits, utilisation)).map { "\($0): wait \($1.0), utilisation \($1.1)" }
    report("step-3 sweep: \(table)")
    // The sweep must span the knee: the least staffed point near saturation, the best staffed not.
    #expect(utilisation[0] > 0.95, "\(table)")
    #expect(utilisation[wte.count - 1] < 0.95, "\(table)")
    for index in 1..<wte.count {
      #expect(waits[index] < waits[index - 1], "waits must fall as WTE rises: \(table)")
      #expect(utilisation[index] < utilisation[index - 1], "\(table)")
    }
    // Same seed at every point: the lowest against the highest capacity is a paired difference.
    expectFall(paired(batches[0], batches[wte.count - 1], "service.step3.wait.mean"), "step-3 wait over the sweep")
    // Convexity: one WTE fewer at the stretched end costs more waiting than at the easy end.
    let stretchedRise = waits[0] - waits[1]
    let easyRise = waits[wte.count - 2] - waits[wte.count - 1]
    #expect(stretchedRise > easyRise, "rise near saturation \(stretchedRise) vs far from it \(easyRise): \(table)")
  }
}
