import Population
import Testing

@Suite struct PersonTests {
  @Test func personIsAtMostSixteenBytes() {
    #expect(MemoryLayout<Person>.size <= 16)
    #expect(MemoryLayout<Person>.stride <= 16)
  }

  @Test func attributesReadBackAsStored() {
    let person = Person(
      id: 7, age: 23, sex: .female, imdQuintile: 2, ethnicity: .asian, longTermCondition: true,
      state: .severeCMD)
    #expect(person.id == 7)
    #expect(person.age == 23)
    #expect(person.sex == .female)
    #expect(person.imdQuintile == 2)
    #expect(person.ethnicity == .asian)
    #expect(person.longTermCondition)
    #expect(person.state == .severeCMD)
    #expect(person.ageBand == "16-24")
  }

  @Test func outOfRangeAgeAndQuintileAreClamped() {
    let person = Person(
      id: 0, age: 140, sex: .male, imdQuintile: 9, ethnicity: .white, longTermCondition: false, state: .none)
    #expect(person.age == AgeBand.oldestAge)
    #expect(person.imdQuintile == 5)
  }

  @Test(arguments: [
    (0, "0-15"), (15, "0-15"), (16, "16-24"), (24, "16-24"), (25, "25-34"), (64, "55-64"),
    (65, "65-74"), (74, "65-74"), (75, "75+"), (99, "75+"),
  ])
  func ageBandsHaveTheirBoundaries(age: Int, band: String) {
    #expect(AgeBand(age: age).rawValue == band)
    let bandValue = AgeBand(age: age)
    #expect((bandValue.lowerAge...bandValue.upperAge).contains(age))
  }

  @Test func bandsTileAgesWithoutGaps() {
    var next = 0
    for band in AgeBand.allCases {
      #expect(band.lowerAge == next)
      #expect(band.ageWeights.count == band.upperAge - band.lowerAge + 1)
      next = band.upperAge + 1
    }
    #expect(next == AgeBand.oldestAge + 1)
  }

  @Test func mentalHealthStatesUseOutputNames() {
    #expect(MentalHealthState.allCases.map(\.rawValue) == ["none", "mild_moderate", "severe_cmd", "smi"])
    #expect(ReferralRoute.`self`.rawValue == "self")
  }
}
