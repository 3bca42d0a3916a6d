import QueueingNetwork
import Scenario
import XCTest

/// One XCTest case, so both test frameworks report from this target.
final class NetworkXCTests: XCTestCase {
  func testDeterministicSingleServerCountsByHand() throws {
    // Arrivals every 4 from time 4, service 1.5: nobody waits; by horizon 21 there are 5
    // arrivals (4 ... 20) and 4 completions (5.5 ... 17.5), and the fifth is in service.
    let yaml = """
      version: 1
      name: xctest-dd1
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
    XCTAssertEqual(result.totals[0].arrivals, 5)
    XCTAssertEqual(result.totals[0].completions, 4)
    XCTAssertEqual(result.inServiceAtEnd, [1])
    XCTAssertEqual(result.metric("node.desk.wait.mean"), 0)
    XCTAssertEqual(result.metric("node.desk.utilisation"), 7.0 / 21.0)
    // Conservation: arrivals = starts + waiting; starts = completions + in service.
    let total = result.totals[0]
    XCTAssertEqual(
      total.arrivals, total.starts + total.lost + total.reneged + result.waitingAtEnd[0])
    XCTAssertEqual(total.starts, total.completions + result.inServiceAtEnd[0])
    XCTAssertEqual(result.entered, result.departed + result.inSystem + result.lostOrReneged)
  }
}
