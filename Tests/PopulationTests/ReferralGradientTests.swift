import Population
import Testing

/// The referral gradient by IMD quintile and ethnic group (`ReferralGradient`): where it moves
/// referrals, and what it does to the area's total.
@Suite("Referral propensity by deprivation and ethnic group")
struct ReferralGradientTests {
  /// The shipped scenarios' gradient: quintile 1 to 5 and white, asian, black, mixed, other.
  static let shipped = ReferralGradient(
    byQuintile: [1.26, 1.19, 1.12, 1.06, 1.0], byEthnicity: [1.0, 0.9, 0.9, 0.9, 0.9], total: .keep)

  /// Sandwell's population with its referral gradient replaced by `gradient`.
  func inflow(_ gradient: ReferralGradient) throws -> ReferralInflow {
    let base = try sandwell()
    var area = base.area
    area.referrals.gradient = gradient
    return ReferralInflow(population: SyntheticPopulation(area: area, seed: testSeed))
  }

  /// Kept total: k is calibrated with the multipliers in place, so the expected new-episode
  /// referrals a year equal the target exactly (no referral probability reaches its cap of 1
  /// in Sandwell, so the only error is rounding: relative 1e-9).
  @Test("the kept total stays at the target")
  func keptTotal() throws {
    let flat = try sandwellReferrals()
    let graded = try inflow(Self.shipped)
    let target = flat.targetReferralsPerYear * flat.newEpisodeShare
    #expect(abs(flat.newReferralsPerYear - target) <= 1e-9 * target)
    #expect(abs(graded.newReferralsPerYear - target) <= 1e-9 * target, "\(graded.newReferralsPerYear) vs \(target)")
    #expect(graded.propensityScale != flat.propensityScale)
  }

  /// Scaled total: k as without the gradient, so each group's expected referrals are the flat
  /// inflow's times its multiplier (relative 1e-9), and the total moves by their weighted mean.
  @Test("the scaled total moves each group by its multiplier")
  func scaledTotal() throws {
    let flat = try sandwellReferrals()
    var gradient = Self.shipped
    gradient.total = .scale
    let scaled = try inflow(gradient)
    #expect(abs(scaled.propensityScale - flat.propensityScale) <= 1e-12 * flat.propensityScale)
    let before = flat.expectedReferralsPerYear(by: .imdQuintile)
    let after = scaled.expectedReferralsPerYear(by: .imdQuintile)
    for (index, (a, b)) in zip(before, after).enumerated() {
      let expected = a.perYear * gradient.byQuintile[index] * mixFactor(flat, quintile: index + 1, gradient)
      #expect(abs(b.perYear - expected) <= 1e-9 * expected, "quintile \(index + 1): \(b.perYear) vs \(expected)")
    }
    #expect(scaled.newReferralsPerYear > flat.newReferralsPerYear)
  }

  /// The mean ethnic multiplier of a quintile's expected referrals without the gradient.
  func mixFactor(_ inflow: ReferralInflow, quintile: Int, _ gradient: ReferralGradient) -> Double {
    var weighted = 0.0
    var total = 0.0
    for person in inflow.population.people where person.imdQuintile == quintile {
      let rate = inflow.referralRatePerYear(of: person)
      weighted += rate * gradient.byEthnicity[person.ethnicity.index]
      total += rate
    }
    return total > 0 ? weighted / total : 1
  }

  /// Under a kept total the ratio of two groups' expected referrals moves by exactly the ratio
  /// of their multipliers (a gradient along one dimension at a time): quintile 1 against 2,
  /// asian against white.
  @Test("groups' expected referrals move by the ratio of their multipliers")
  func ratios() throws {
    let flat = try sandwellReferrals()
    let byQuintile = try inflow(
      ReferralGradient(
        byQuintile: Self.shipped.byQuintile, byEthnicity: ReferralGradient.none.byEthnicity, total: .keep))
    let q0 = flat.expectedReferralsPerYear(by: .imdQuintile)
    let q1 = byQuintile.expectedReferralsPerYear(by: .imdQuintile)
    let quintileRatio = (q1[0].perYear / q1[1].perYear) / (q0[0].perYear / q0[1].perYear)
    #expect(abs(quintileRatio - 1.26 / 1.19) <= 1e-9, "\(quintileRatio)")
    let byEthnicity = try inflow(
      ReferralGradient(
        byQuintile: ReferralGradient.none.byQuintile, byEthnicity: Self.shipped.byEthnicity, total: .keep))
    let e0 = flat.expectedReferralsPerYear(by: .ethnicity)
    let e1 = byEthnicity.expectedReferralsPerYear(by: .ethnicity)
    let ethnicRatio = (e1[1].perYear / e1[0].perYear) / (e0[1].perYear / e0[0].perYear)
    #expect(abs(ethnicRatio - 0.9) <= 1e-9, "\(ethnicRatio)")
  }

  /// Without a gradient the cells, and so the draws, are those of an area that has none.
  @Test("no gradient leaves the referrals as they were")
  func flatIsUnchanged() throws {
    let flat = try sandwellReferrals()
    let again = try inflow(.none)
    let a = flat.referrals(replication: 0, seed: testSeed, horizonDays: 120)
    let b = again.referrals(replication: 0, seed: testSeed, horizonDays: 120)
    #expect(a.map(\.person) == b.map(\.person))
    #expect(a.map(\.day) == b.map(\.day))
  }

  /// Sampled referrals follow the expected shares: asian referrals' share of all, over five
  /// years, within 4 binomial standard errors of the expected share.
  @Test("sampled referrals follow the gradient")
  func sampled() throws {
    let graded = try inflow(Self.shipped)
    let referrals = graded.referrals(replication: 0, seed: testSeed, horizonDays: 5 * 365.25)
    let people = graded.population.people
    let asian = referrals.filter { people[Int($0.person)].ethnicity == .asian }.count
    let expected = graded.expectedReferralsPerYear(by: .ethnicity)
    let share = expected[1].perYear / expected.reduce(0) { $0 + $1.perYear }
    let observed = Double(asian) / Double(referrals.count)
    #expect(abs(observed - share) <= 4 * proportionSE(share, referrals.count), "\(observed) vs \(share)")
  }
}
