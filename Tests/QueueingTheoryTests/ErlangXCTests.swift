import QueueingTheory
import XCTest

/// One XCTest case so that both test frameworks report in `swift test`.
final class ErlangXCTests: XCTestCase {
  func testErlangBTableValue() {
    // Erlang B table: 10 servers, 5 erlangs -> 0.018385 (to 6 decimals).
    XCTAssertEqual(Erlang.b(servers: 10, offeredLoad: 5), 0.018385, accuracy: 5e-7)
  }
}
