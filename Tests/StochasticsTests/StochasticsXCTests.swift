import Stochastics
import XCTest

/// A small XCTest case, so both test frameworks report from this target.
final class StochasticsXCTests: XCTestCase {
  func testSameMasterReplicationAndPurposeGiveTheSameStream() {
    let a = RandomStream(master: 2024, replication: 3, purpose: "arrivals")
    let b = RandomStream(master: 2024, replication: 3, purpose: "arrivals")
    for _ in 0..<100 {
      XCTAssertEqual(a.uniform(), b.uniform())
    }
  }

  func testExponentialSampleMeanWithinThreeStandardErrors() throws {
    let d = try Distribution.exponential(rate: 0.5)
    XCTAssertEqual(d.mean, 2)
    XCTAssertEqual(d.variance, 4)
    let stream = RandomStream(master: 2024, replication: 0, purpose: "xctest.exponential")
    let n = 100_000
    var sum = 0.0
    for _ in 0..<n { sum += d.sample(stream) }
    let se = (d.variance / Double(n)).squareRoot()
    XCTAssertEqual(sum / Double(n), d.mean, accuracy: 3 * se)
  }

  func testInvalidParameterThrows() {
    XCTAssertThrowsError(try Distribution.uniform(min: 1, max: 1)) { error in
      XCTAssertEqual(
        error as? StochasticsError,
        .inconsistent(parameters: "min and max", allowed: "min < max"))
    }
  }
}
