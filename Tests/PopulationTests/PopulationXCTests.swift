import Population
import XCTest

/// One XCTest case, so the XCTest runner reports for this target too.
final class PopulationXCTests: XCTestCase {
  func testSameSeedGivesTheSameSmallPopulation() throws {
    let area = try loadArea("ipswich-east-suffolk").scaled(by: 0.01)
    let a = SyntheticPopulation(area: area, seed: 5)
    let b = SyntheticPopulation(area: area, seed: 5)
    XCTAssertEqual(a.people, b.people)
    XCTAssertEqual(a.count, 4_000)
  }
}
