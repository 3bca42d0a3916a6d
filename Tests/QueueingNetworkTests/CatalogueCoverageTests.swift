import QueueingNetwork
import StepwellMetrics
import Testing

/// Every name a network replication emits is in the metric catalogue.
@Suite("Network metrics are catalogued")
struct CatalogueCoverageTests {
  @Test("a network with every feature emits only catalogued metrics and series")
  func catalogued() throws {
    let result = NetworkSimulation.run(try makeScenario(DeterminismTests.yaml), replication: 0)
    let metrics = result.metrics.map(\.name)
    #expect(metrics.filter { MetricCatalogue.definition(of: $0) == nil }.isEmpty, "\(metrics)")
    let series = result.series.map(\.name)
    #expect(series.filter { MetricCatalogue.definition(of: $0, in: .series) == nil }.isEmpty, "\(series)")
    #expect(metrics.contains(MetricKey.node("therapy", .reneged).name))
    #expect(metrics.last == MetricKey.engineEvents.name)
  }
}
