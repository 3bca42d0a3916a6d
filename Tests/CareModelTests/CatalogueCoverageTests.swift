import CareModel
import StepwellMetrics
import Testing

/// Every name a care replication emits (metrics, yearly values, series, breakdowns) is in the
/// metric catalogue, so a new metric fails here until it is catalogued.
@Suite("Care metrics are catalogued")
struct CatalogueCoverageTests {
  /// The names of `names` the catalogue does not know in `scope`.
  static func unknown(_ names: [String], in scope: MetricScope) -> [String] {
    names.filter { MetricCatalogue.definition(of: $0, in: scope) == nil }
  }

  @Test("both shipped Sandwell designs", arguments: [ShippedScenario.standard2009, .hub])
  func catalogued(_ scenario: ShippedScenario) async throws {
    let batch = try await careBatch(scenario)
    let result = try #require(batch.results.first)
    #expect(CatalogueCoverageTests.unknown(result.metrics.map(\.name), in: .replication).isEmpty)
    #expect(CatalogueCoverageTests.unknown(result.series.map(\.name), in: .series).isEmpty)
    #expect(CatalogueCoverageTests.unknown(result.breakdown.map(\.metric), in: .replication).isEmpty)
    let categories = Set(CostCategory.parts.map { YearMetricKey.cost($0).name })
    let payers = Set(CostPayer.allCases.map { YearMetricKey.cost($0).name })
    let yearly = result.yearly.map(\.name).filter { !categories.contains($0) && !payers.contains($0) }
    #expect(CatalogueCoverageTests.unknown(yearly, in: .year).isEmpty)
    #expect(result.metrics.contains { $0.name == MetricKey.costPerYear(.total).name })
    #expect(result.yearly.map(\.name).filter(categories.contains).count == CostCategory.parts.count)
    #expect(result.yearly.map(\.name).filter(payers.contains).count == CostPayer.allCases.count)
  }
}
