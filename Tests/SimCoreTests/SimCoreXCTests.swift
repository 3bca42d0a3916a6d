import SimCore
import XCTest

/// One XCTest case so that both test frameworks report in `swift test`.
final class SimCoreXCTests: XCTestCase {
  func testSaturatedDeterministicQueue() {
    var simulation = DeterministicQueue.start()
    var model = DeterministicQueue(interarrival: 1.0, service: 1.5, customers: 4)
    simulation.run(&model, until: 10)
    XCTAssertEqual(model.waits, [0, 0.5, 1.0, 1.5])
    XCTAssertEqual(model.completions, [1.5, 3.0, 4.5, 6.0])
    XCTAssertEqual(simulation.now, 10)
    XCTAssertEqual(simulation.eventsHandled, 8)
    XCTAssertEqual(simulation.pendingCount, 0)
  }
}
