import Projection
import XCTest

/// One XCTest case so the XCTest runner reports for this target too.
final class ProjectionXCTests: XCTestCase {
  func testSummaryOfConstantSeriesHasZeroWidthInterval() {
    let summary = MetricSummary(name: "x", values: [2, 2, 2])
    XCTAssertEqual(summary.mean, 2)
    XCTAssertEqual(summary.halfWidth, 0)
  }
}
