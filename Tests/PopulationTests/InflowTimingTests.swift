import Population
import Testing

/// Seasonality, growth and step changes of the inflow.
@Suite struct InflowTimingTests {
  static func referrals(
    amplitude: Double = 0.08, growth: Double = 0.0105, steps: [ReferralInputs.StepChange] = []
  ) throws -> ReferralInputs {
    ReferralInputs(
      perYear: 10_900, plausibleLow: 8_900, plausibleHigh: 12_300, selfReferralShare: 0.6,
      propensityByAge: [.init(age: 22, value: 0.23), .init(age: 72, value: 0.06)], growthPerYear: growth,
      seasonalityAmplitude: amplitude, peakMonth: 2, stepChanges: steps)
  }

  @Test(arguments: [0.0, 90.0, 200.0])
  func firstYearMeanIsOneWithoutSteps(startDayOfYear: Double) throws {
    let modulation = InflowModulation(referrals: try InflowTimingTests.referrals(), startDayOfYear: startDayOfYear)
    #expect(abs(modulation.mean(fromDay: 0, toDay: 365.25) - 1) < 1e-12)
  }

  @Test func closedFormMeanAgreesWithQuadrature() throws {
    let steps = [ReferralInputs.StepChange(day: 400, multiplier: 1.3), .init(day: 100, multiplier: 0.8)]
    let modulation = InflowModulation(referrals: try InflowTimingTests.referrals(steps: steps), startDayOfYear: 45)
    for (a, b) in [(0.0, 365.25), (50.0, 130.0), (20.0, 900.0)] {
      let n = 200_000
      let h = (b - a) / Double(n)
      let sum = (0..<n).reduce(0.0) { $0 + modulation.factor(atDay: a + (Double($1) + 0.5) * h) }
      #expect(abs(modulation.mean(fromDay: a, toDay: b) - sum / Double(n)) < 1e-6, "\(a)...\(b)")
    }
  }

  @Test func cyclePeaksInThePeakMonthAndGrowthCompounds() throws {
    let modulation = InflowModulation(referrals: try InflowTimingTests.referrals(growth: 0), startDayOfYear: 0)
    let peak = modulation.factor(atDay: 1.5 * 365.25 / 12)
    let trough = modulation.factor(atDay: 7.5 * 365.25 / 12)
    #expect(abs(peak / trough - 1.08 / 0.92) < 1e-9)
    let growing = InflowModulation(referrals: try InflowTimingTests.referrals(amplitude: 0, growth: 0.0105))
    #expect(abs(growing.factor(atDay: 3 * 365.25) / growing.factor(atDay: 0) - 1.0105 * 1.0105 * 1.0105) < 1e-9)
  }

  @Test func simulatedHalvesFollowAStepChange() throws {
    let population = try sandwell()
    let area = population.area
    var inputs = area.referrals
    inputs.stepChanges = [.init(day: 182.625, multiplier: 2)]
    let stepped = try Area(
      name: area.name, population: area.population, eligibleAge: area.eligibleAge, ageBands: area.ageBands,
      ethnicityShares: area.ethnicityShares, imdQuintileShares: area.imdQuintileShares,
      prevalence: area.prevalence, longTermCondition: area.longTermCondition, episodes: area.episodes,
      referrals: inputs)
    let inflow = ReferralInflow(population: SyntheticPopulation(area: stepped, seed: testSeed))
    let referrals = inflow.referrals(replication: 0, seed: testSeed, horizonDays: 365.25)
    for (a, b) in [(0.0, 182.625), (182.625, 365.25)] {
      let expected = inflow.expectedReferrals(fromDay: a, toDay: b)
      let observed = Double(referrals.filter { $0.day >= a && $0.day < b }.count)
      #expect(abs(observed - expected) <= 3 * expected.squareRoot(), "\(a)...\(b)")
    }
    #expect(
      inflow.expectedReferrals(fromDay: 182.625, toDay: 365.25) > 1.8
        * inflow.expectedReferrals(fromDay: 0, toDay: 182.625))
  }

  @Test func simulatedQuartersFollowTheCycle() throws {
    let inflow = try sandwellReferrals()
    let referrals = inflow.referrals(replication: 5, seed: testSeed, horizonDays: 365.25)
    let quarter = 365.25 / 4
    for index in 0..<4 {
      let a = Double(index) * quarter
      let expected = inflow.expectedReferrals(fromDay: a, toDay: a + quarter)
      let observed = Double(referrals.filter { $0.day >= a && $0.day < a + quarter }.count)
      #expect(abs(observed - expected) <= 3 * expected.squareRoot(), "quarter \(index + 1)")
    }
  }
}
