import Population
import Testing

@Suite("A small synthetic population")
struct SmallPopulationTests {
  /// Ipswich and East Suffolk scaled to 1%: 4,000 people.
  @Test("the same seed gives the same people")
  func sameSeedGivesTheSameSmallPopulation() throws {
    let area = try loadArea("ipswich-east-suffolk").scaled(by: 0.01)
    let a = SyntheticPopulation(area: area, seed: 5)
    let b = SyntheticPopulation(area: area, seed: 5)
    #expect(a.people == b.people)
    #expect(a.count == 4_000)
  }
}
