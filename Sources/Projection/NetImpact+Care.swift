import CareModel
import StepwellMetrics

extension NetImpact {
  /// Why two care runs have no net impact.
  public struct Unavailable: Error, Sendable {
    /// A sentence for the screen and `summary.json`.
    public let reason: String
  }

  /// The net impact of two care runs, valued with BASE's costs section: BASE's suicide value,
  /// purposeful-year value and discount rate. When ALT values a purposeful year differently,
  /// ALT's purposeful-year amounts are rescaled to BASE's value so both sides count the same
  /// pounds per recovered year.
  public static func between(base: CareRun, alt: CareRun) -> Result<NetImpact, Unavailable> {
    guard let costs = base.design.costs else {
      return .failure(Unavailable(reason: "BASE \(base.design.name) has no costs section"))
    }
    guard let altCosts = alt.design.costs else {
      return .failure(Unavailable(reason: "ALT \(alt.design.name) has no costs section"))
    }
    let scale =
      altCosts.purposefulYearValue > 0 ? costs.purposefulYearValue / altCosts.purposefulYearValue : 1
    guard let baseSeries = series(base, purposefulScale: 1),
      let altSeries = series(alt, purposefulScale: scale)
    else {
      return .failure(Unavailable(reason: "a run has no yearly costs"))
    }
    let years = baseSeries.serviceCost.first?.count ?? 0
    return .success(
      NetImpact(
        base: baseSeries, alt: altSeries, suicideValue: costs.suicideValue,
        discountFactors: (0..<years).map { costs.discountFactor(year: $0 + 1) }))
  }

  /// A run's yearly cost, expected population suicides and purposeful-year value per replication.
  static func series(_ run: CareRun, purposefulScale: Double) -> Series? {
    var series = Series(serviceCost: [], expectedSuicides: [], purposefulValue: [])
    for result in run.replications {
      guard let cost = result.yearlyValues(YearMetricKey.costTotal.name),
        let suicides = result.yearlyValues(YearMetricKey.suicidesExpectedPopulation.name),
        let purposeful = result.yearlyValues(YearMetricKey.purposefulValue.name)
      else { return nil }
      series.serviceCost.append(cost)
      series.expectedSuicides.append(suicides)
      series.purposefulValue.append(purposeful.map { $0 * purposefulScale })
    }
    return series
  }
}
