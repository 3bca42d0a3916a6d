import Projection
import Testing

@Suite("The summary of a constant series")
struct ConstantSeriesSummaryTests {
  @Test("three equal values have that mean and an interval of zero width")
  func summaryOfConstantSeriesHasZeroWidthInterval() {
    let summary = MetricSummary(name: "x", values: [2, 2, 2])
    #expect(summary.mean == 2)
    #expect(summary.halfWidth == 0)
  }
}
