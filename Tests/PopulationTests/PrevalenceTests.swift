import Foundation
import Population
import Testing

/// Prevalence follows age, sex and deprivation and is rescaled to the area's adult total.
@Suite struct PrevalenceTests {
  /// CMD of a cell re-derived from the area inputs, independently of `PrevalenceModel`.
  static func rederivedCMD(_ area: Area) -> (Int, Sex, Int) -> Double {
    let p = area.prevalence
    func raw(_ band: AgeBand, _ sex: Sex, _ q: Int) -> Double {
      let base = p.cmdCells[band]?[sex] ?? (p.cmdBySex[sex] ?? 0) * (p.cmdAgeMultiplier[band] ?? 0)
      return base * pow(p.deprivationRelativeRisk, Double(5 - q) / 4)
    }
    var weighted = 0.0
    var adults = 0.0
    for band in AgeBand.allCases where band.lowerAge >= 16 {
      for sex in Sex.allCases {
        for q in 1...5 {
          let w = area.share(of: band, sex) * area.imdQuintileShares[q - 1]
          weighted += w * raw(band, sex, q)
          adults += w
        }
      }
    }
    let target = p.nationalAdultCMD * p.localUplift
    return { age, sex, q in
      age < area.prevalenceMinimumAge ? 0 : raw(AgeBand(age: age), sex, q) * target * adults / weighted
    }
  }

  @Test(arguments: ["sandwell", "ipswich-east-suffolk"])
  func modelMatchesAnIndependentDerivation(name: String) throws {
    let area = try loadArea(name)
    let model = PrevalenceModel(area: area)
    let expected = PrevalenceTests.rederivedCMD(area)
    for age in [0, 12, 13, 15, 16, 20, 30, 50, 70, 90] {
      for sex in Sex.allCases {
        for q in 1...5 {
          let value = model.cmdProbability(age: age, sex: sex, quintile: q)
          #expect(abs(value - expected(age, sex, q)) < 1e-12, "\(name) age \(age) \(sex) q\(q)")
        }
      }
    }
  }

  @Test func sandwellAdultPrevalenceIsNationalTimesUplift() throws {
    let population = try sandwell()
    let target = 0.17 * 1.12
    #expect(abs(population.area.prevalence.targetAdultCMD - target) < 1e-12)
    let adults = population.people.filter { $0.age >= 16 }
    let observed = Double(adults.filter { $0.state.isCMD }.count) / Double(adults.count)
    #expect(abs(observed - target) <= 3 * proportionSE(target, adults.count))
  }

  @Test func cmdByAgeBandAndSexIsWithinThreeStandardErrors() throws {
    let population = try sandwell()
    for band in AgeBand.allCases where band.isAdult {
      for sex in Sex.allCases {
        let group = population.people.filter { $0.band == band && $0.sex == sex }
        let probabilities = group.map { population.prevalence.cmdProbability(of: $0) }
        let expected = probabilities.reduce(0, +)
        let variance = probabilities.reduce(0) { $0 + $1 * (1 - $1) }
        let observed = Double(group.filter { $0.state.isCMD }.count)
        #expect(abs(observed - expected) <= 3 * variance.squareRoot(), "\(band.rawValue) \(sex)")
      }
    }
  }

  @Test func youngWomenHaveTheHighestPrevalence() throws {
    let population = try sandwell()
    func share(_ band: AgeBand, _ sex: Sex) -> Double {
      let group = population.people.filter { $0.band == band && $0.sex == sex }
      return Double(group.filter { $0.state.isCMD }.count) / Double(group.count)
    }
    let youngWomen = share(.age16to24, .female)
    #expect(youngWomen > share(.age16to24, .male) * 2)
    for band in AgeBand.allCases where band.isAdult && band != .age16to24 {
      #expect(youngWomen > share(band, .female))
    }
  }

  @Test func deprivationGradientIsTheRelativeRisk() throws {
    let population = try sandwell()
    let model = population.prevalence
    for age in [20, 40, 80] {
      for sex in Sex.allCases {
        let ratio =
          model.cmdProbability(age: age, sex: sex, quintile: 1) / model.cmdProbability(age: age, sex: sex, quintile: 5)
        #expect(abs(ratio - 1.6) < 1e-12)
      }
    }
    for quintile in 1...5 {
      let group = population.people.filter { $0.imdQuintile == quintile && $0.age >= 16 }
      let probabilities = group.map { model.cmdProbability(of: $0) }
      let expected = probabilities.reduce(0, +)
      let sd = probabilities.reduce(0) { $0 + $1 * (1 - $1) }.squareRoot()
      let observed = Double(group.filter { $0.state.isCMD }.count)
      #expect(abs(observed - expected) <= 3 * sd, "quintile \(quintile)")
    }
  }

  @Test func severeShareAndSMIMatchTheSheet() throws {
    let population = try sandwell()
    for (sex, share) in [(Sex.female, 0.10 / 0.19), (.male, 0.06 / 0.12)] {
      let cases = population.people.filter { $0.sex == sex && $0.state.isCMD }
      let severe = Double(cases.filter { $0.state == .severeCMD }.count) / Double(cases.count)
      #expect(abs(severe - share) <= 3 * proportionSE(share, cases.count), "\(sex)")
    }
    let smi = Double(count(population) { $0.state == .smi }) / Double(population.count)
    #expect(abs(smi - 0.009) <= 3 * proportionSE(0.009, population.count))
    #expect(population.people.allSatisfy { $0.age >= 16 || $0.state == .none })
  }

  @Test func stateSharesMatchTheirExpectation() throws {
    let population = try sandwell()
    let expected = population.area.expectedStateShares(population.prevalence)
    #expect(abs(expected.values.reduce(0, +) - 1) < 1e-9)
    for state in MentalHealthState.allCases {
      let p = try #require(expected[state])
      let observed = Double(count(population) { $0.state == state }) / Double(population.count)
      #expect(abs(observed - p) <= 3 * proportionSE(p, population.count), "\(state)")
    }
  }
}
