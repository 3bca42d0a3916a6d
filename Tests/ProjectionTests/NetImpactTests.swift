import Projection
import Testing

@Suite("Net impact")
struct NetImpactTests {
  @Test("one period's parts: cost difference minus suicides prevented minus purposeful value")
  func parts() {
    // ALT costs £10 less, has 0.5 fewer expected suicides (valued £1,000 each) and £5 more
    // purposeful-year value: net = -10 - 500 - 5 = -515, a saving.
    let parts = NetImpact.Parts(
      costDifference: -10, suicideDifference: -0.5, purposefulValueDifference: 5, suicideValue: 1000)
    #expect(parts.serviceCost == -10)
    #expect(parts.suicidesPreventedValue == 500)
    #expect(parts.purposefulValue == 5)
    #expect(parts.net == -515)
    // More suicides under ALT count against it.
    let worse = NetImpact.Parts(
      costDifference: 0, suicideDifference: 2, purposefulValueDifference: 0, suicideValue: 1000)
    #expect(worse.net == 2000)
  }

  @Test("per year and discounted total, paired by replication, checked by hand")
  func handComputed() throws {
    let base = NetImpact.Series(
      serviceCost: [[100, 200], [110, 190]], expectedSuicides: [[2, 2], [3, 1]],
      purposefulValue: [[10, 10], [10, 10]])
    let alt = NetImpact.Series(
      serviceCost: [[90, 180], [100, 200]], expectedSuicides: [[1, 2], [2, 2]],
      purposefulValue: [[15, 5], [10, 20]])
    let factor2 = 1 / 1.035
    let impact = NetImpact(base: base, alt: alt, suicideValue: 1000, discountFactors: [1, factor2])
    // Replication 1: year 1 = -10 - 1000 - 5 = -1015; year 2 = -20 - 0 - (-5) = -15.
    // Replication 2: year 1 = -10 - 1000 - 0 = -1010; year 2 = 10 - (-1000) - 10 = 1000.
    #expect(impact.years.count == 2)
    #expect(impact.years[0].year == 1)
    #expect(impact.years[0].net.mean == -1012.5)
    #expect(impact.years[1].net.mean == 492.5)
    #expect(impact.years[0].serviceCost.mean == -10)
    #expect(impact.years[0].suicidesPreventedValue.mean == 1000)
    #expect(impact.years[1].suicidesPreventedValue.mean == -500)
    #expect(impact.years[1].purposefulValue.mean == 2.5)
    let total1 = -1015 + -15 * factor2
    let total2 = -1010 + 1000 * factor2
    #expect(impact.discountedTotal.year == nil)
    #expect(abs(impact.discountedTotal.net.mean - (total1 + total2) / 2) < 1e-9)
    // The parts add up to the net in the discounted total too.
    let sum =
      impact.discountedTotal.serviceCost.mean - impact.discountedTotal.suicidesPreventedValue.mean
      - impact.discountedTotal.purposefulValue.mean
    #expect(abs(sum - impact.discountedTotal.net.mean) < 1e-9)
    // Two replications give an interval: mean +/- t(0.975, 1) x sd / sqrt(2).
    let sd = abs(total1 - total2) / 2.0.squareRoot()
    let half = try #require(impact.discountedTotal.net.halfWidth)
    #expect(abs(half - 12.7062047 * sd / 2.0.squareRoot()) < 1e-4 * half)
  }

  @Test("net_impact.csv lists every year's parts, then the discounted total")
  func csv() {
    let series = NetImpact.Series(serviceCost: [[1, 2]], expectedSuicides: [[0, 0]], purposefulValue: [[0, 0]])
    let cheaper = NetImpact.Series(serviceCost: [[0, 0]], expectedSuicides: [[0, 0]], purposefulValue: [[0, 0]])
    let impact = NetImpact(base: series, alt: cheaper, suicideValue: 1, discountFactors: [1, 0.5])
    let lines = impact.csv.split(separator: "\n").map(String.init)
    #expect(lines[0] == "period,component,diff_mean,diff_ci_low,diff_ci_high")
    #expect(lines[1] == "1,service_cost,-1,,")
    #expect(lines[4] == "1,net_impact,-1,,")
    #expect(lines[12] == "discounted_total,net_impact,-2,,")
    #expect(lines.count == 13)
  }
}
