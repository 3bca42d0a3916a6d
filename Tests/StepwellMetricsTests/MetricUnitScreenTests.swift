import Testing

@testable import StepwellMetrics

@Suite("Screen formats")
struct MetricUnitScreenTests {
  @Test(
    "values in their unit",
    arguments: [
      (MetricUnit.share, 0.9187, "91.9%"), (.pounds, 1_234_567.4, "£1,234,567"), (.pounds, -2_500.6, "-£2,501"),
      (.pounds, 12, "£12"), (.days, 41.26, "41.3"), (.days, 1.034, "1.03"), (.days, 1234.5, "1,235"),
      (.referrals, 10_859.4, "10,859"),
      (.deaths, 3.4567, "3.457"), (.people, 12, "12"), (.time, 0.012345, "0.01235"), (.share, .nan, "-"),
    ])
  func screen(_ unit: MetricUnit, _ value: Double, _ expected: String) {
    #expect(unit.screen(value) == expected)
  }

  @Test("labels carry the unit unless the value does")
  func labels() {
    #expect(MetricCatalogue.screenLabel("pathway.wait_first_treatment.mean") == "Wait to first treatment, mean (days)")
    #expect(MetricCatalogue.screenLabel("service.step2.wait.p90") == "Service step2: wait, 90th percentile (days)")
    #expect(MetricCatalogue.screenLabel("recovery.rate") == "Recovery rate")
    #expect(MetricCatalogue.screenLabel("referrals.per_year") == "Referrals a year")
    #expect(MetricCatalogue.screenLabel("suicides.sampled.per_year") == "Sampled suicides a year (deaths)")
    #expect(MetricCatalogue.screenLabel("service.step3.starts.per_year") == "Service step3: starts a year (people)")
    #expect(
      MetricCatalogue.screenLabel("node.desk.wait.mean", timeUnit: "minutes") == "Node desk: wait, mean (minutes)")
    #expect(MetricCatalogue.screenLabel("no.such.metric") == "no.such.metric")
    #expect(MetricCatalogue.screenValue(0.5, of: "dna.rate") == "50.0%")
  }
}
