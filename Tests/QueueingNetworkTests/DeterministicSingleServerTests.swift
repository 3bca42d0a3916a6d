import QueueingNetwork
import Scenario
import Testing

@Suite("A deterministic single server, counted by hand")
struct DeterministicSingleServerTests {
  /// Arrivals every 4 from time 4, service 1.5: nobody waits; by horizon 21 there are 5 arrivals
  /// (4 ... 20) and 4 completions (5.5 ... 17.5), and the fifth is in service.
  @Test("arrivals, completions, waits and utilisation; patients are conserved")
  func deterministicSingleServerCountsByHand() throws {
    let yaml = """
      version: 1
      name: dd1-by-hand
      model: network
      horizon: 21
      nodes:
        - name: desk
          servers: 1
          arrivals: {distribution: fixed, value: 4}
          service: {distribution: fixed, value: 1.5}
      """
    let scenario = try NetworkDesign(node: YAMLSource.parse(yaml, file: "x.yaml"), file: "x.yaml")
    let result = NetworkSimulation.run(scenario, replication: 0)
    #expect(result.totals[0].arrivals == 5)
    #expect(result.totals[0].completions == 4)
    #expect(result.inServiceAtEnd == [1])
    #expect(result.metric("node.desk.wait.mean") == 0)
    #expect(result.metric("node.desk.utilisation") == 7.0 / 21.0)
    // Conservation: arrivals = starts + waiting; starts = completions + in service.
    let total = result.totals[0]
    #expect(total.arrivals == total.starts + total.lost + total.reneged + result.waitingAtEnd[0])
    #expect(total.starts == total.completions + result.inServiceAtEnd[0])
    #expect(result.entered == result.departed + result.inSystem + result.lostOrReneged)
  }
}
