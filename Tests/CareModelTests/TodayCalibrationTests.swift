import CareModel
import Testing

/// `Scenarios/sandwell-2025.yaml` against the published figures it names (docs/calibration.md):
/// the mean over replications lies in the accepted range for at least 12 of its 14 target
/// metrics (the ten target families of the calibration table; one family, the share waiting over
/// 18 weeks, is a known miss). Heavy only: the scenario's own length (5 years, 2 of warm-up).
@Suite("Sandwell 2025 calibration", .enabled(if: heavyChecks))
struct TodayCalibrationTests {
  /// Target metrics that must land in range, of the 14 the scenario names.
  static let requiredInRange = 12

  @Test("the service of today lands inside its published ranges")
  func landsInsideItsRanges() async throws {
    let batch = try await careBatch(.today, length: RunLength(overrides: [], replications: 6))
    let targets = batch.design.calibration
    #expect(targets.count == 14)
    let missed = targets.filter { !$0.accepts(batch.mean($0.metric)) }
    for target in missed {
      report("calibration miss: \(target.metric) \(batch.mean(target.metric)) outside \(target.low)...\(target.high)")
    }
    #expect(targets.count - missed.count >= TodayCalibrationTests.requiredInRange, "missed: \(missed.map(\.metric))")
  }
}
