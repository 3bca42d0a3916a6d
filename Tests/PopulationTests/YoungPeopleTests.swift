import Population
import Scenario
import Testing

/// Ipswich and East Suffolk opens at 13: no one younger is referred, 13-17 year olds are
/// referred at the rate their inputs give, and the area's young-people section is read.
@Suite struct YoungPeopleTests {
  static let year = 365.25
  static let replications = 4

  /// The Ipswich inflow as the scenario builds it (new-episode share 0.65, 11,500 referrals).
  static func ipswichInflow() throws -> ReferralInflow {
    let population = SyntheticPopulation(area: try loadArea("ipswich-east-suffolk"), seed: testSeed)
    return ReferralInflow(population: population, newEpisodeShare: 0.65, referralsPerYear: 11_500)
  }

  @Test func theAreaReadsItsYoungPeople() throws {
    let area = try loadArea("ipswich-east-suffolk")
    let young = try #require(area.youngPeople)
    #expect(young.toAge == 17)
    #expect(young.dnaMultiplier == 1.2)
    #expect(young.recoveryMultiplier == 0.67)
    #expect(area.referrals.propensity(age: 15) == 0.12)
    #expect(area.referrals.propensity(age: 18) == 0.23)
    #expect(try loadArea("sandwell").youngPeople == nil)
  }

  /// Over four one-year replications: every referral is of someone 13 or older although the
  /// population holds under-13s, and the 13-17s' referrals are within 4 Poisson standard
  /// errors of the sum of their expected rates (times the year's seasonal and growth factor).
  @Test func noOneUnder13AndTeenagersAtTheirInputRate() throws {
    let inflow = try YoungPeopleTests.ipswichInflow()
    let people = inflow.population.people
    #expect(people.contains { $0.age < 13 })
    let isTeen = { (person: Person) in (13...17).contains(person.age) }
    let expectedRate = people.filter(isTeen).reduce(0) { $0 + inflow.referralRatePerYear(of: $1) }
    #expect(people.filter { $0.age < 13 }.allSatisfy { inflow.referralRatePerYear(of: $0) == 0 })
    let factor = inflow.expectedReferrals(fromDay: 0, toDay: Self.year) / inflow.newReferralsPerYear
    var teens = 0
    for replication in 0..<Self.replications {
      let referrals = inflow.referrals(replication: replication, seed: testSeed, horizonDays: Self.year)
      #expect(referrals.allSatisfy { people[Int($0.person)].age >= 13 })
      teens += referrals.filter { isTeen(people[Int($0.person)]) }.count
    }
    let expected = expectedRate * factor * Double(Self.replications)
    #expect(expected > 200, "enough 13-17 referrals to judge: \(expected)")
    #expect(abs(Double(teens) - expected) < 4 * expected.squareRoot(), "\(teens) referrals, expected \(expected)")
  }

  /// The 13-17s' referral probability per episode is the 0.12 point of the curve, about half
  /// of an 18-year-old's (0.23), as the area file says.
  @Test func teenagersSeekHelpAtTheirOwnPropensity() throws {
    let inflow = try YoungPeopleTests.ipswichInflow()
    let people = inflow.population.people.filter { $0.state != .smi }
    let teen = try #require(people.first { $0.age == 15 })
    let adult = try #require(people.first { $0.age == 18 })
    let ratio = inflow.referralProbability(of: teen) / inflow.referralProbability(of: adult)
    #expect(abs(ratio - 0.12 / 0.23) < 1e-9, "\(ratio)")
  }

  /// Bad `young_people` values name the key path and the allowed range with both ends.
  @Test(arguments: [
    ("to_age: 17", "to_age: 30", "young_people.to_age", "from eligible_age (13) to 25"),
    ("to_age: 17", "to_age: 12", "young_people.to_age", "from eligible_age (13) to 25"),
    ("dna_multiplier: 1.2", "dna_multiplier: 11", "young_people.dna_multiplier", "from 0 to 10"),
    ("recovery_multiplier: 0.67", "recovery_multiplier: -1", "young_people.recovery_multiplier", "from 0 to 10"),
    ("to_age: 17", "to_age: 17\n  colour: blue", "young_people.colour", "to_age, dna_multiplier"),
  ])
  func badValuesNameTheKeyAndRange(old: String, new: String, keyPath: String, allowed: String) throws {
    let path = AreaLoader.path(name: "ipswich-east-suffolk", scenariosDirectory: scenariosDirectory)
    let text = try String(contentsOfFile: path, encoding: .utf8)
    #expect(text.contains(old))
    do {
      _ = try AreaLoader.parse(text.replacingOccurrences(of: old, with: new), file: "edited.yaml")
      Issue.record("expected an error at \(keyPath)")
    } catch let error as ScenarioError {
      #expect(error.keyPath == keyPath, "\(error)")
      #expect(error.description.hasPrefix("edited.yaml"), "\(error)")
      #expect(error.description.contains(allowed), "\(error)")
    }
  }
}
