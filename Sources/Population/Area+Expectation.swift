/// Expected values of an area's synthetic population, computed from its margins (not sampled).
extension Area {
  /// Calls `body` for every single year of age, sex and IMD quintile with the expected fraction
  /// of residents in that cell (margins are independent; ages spread as `AgeBand.ageWeights`).
  public func forEachCell(_ body: (_ age: Int, _ sex: Sex, _ quintile: Int, _ fraction: Double) -> Void) {
    for band in AgeBand.allCases {
      let weights = band.ageWeights
      let total = weights.reduce(0, +)
      for (offset, weight) in weights.enumerated() {
        for sex in Sex.allCases {
          let bandSex = share(of: band, sex) * weight / total
          guard bandSex > 0 else { continue }
          for q in 1...5 where imdQuintileShares[q - 1] > 0 {
            body(band.lowerAge + offset, sex, q, bandSex * imdQuintileShares[q - 1])
          }
        }
      }
    }
  }

  /// The expected share of residents in each mental-health state.
  public func expectedStateShares(_ model: PrevalenceModel) -> [MentalHealthState: Double] {
    var shares: [MentalHealthState: Double] = [.none: 0, .mildModerate: 0, .severeCMD: 0, .smi: 0]
    forEachCell { age, sex, q, fraction in
      let smi = model.smiProbability(age: age, quintile: q)
      let cmd = model.cmdProbability(age: age, sex: sex, quintile: q)
      let severe = cmd * model.severeShare(sex)
      shares[.smi, default: 0] += fraction * smi
      shares[.severeCMD, default: 0] += fraction * severe
      shares[.mildModerate, default: 0] += fraction * (cmd - severe)
      shares[.none, default: 0] += fraction * (1 - smi - cmd)
    }
    return shares
  }

  /// New episodes a year that would lead to a referral if every eligible person's referral
  /// propensity were `relativePropensity(age) x factor` times the referral gradient's multiplier
  /// of their quintile and ethnic group, computed from the margins (ethnicity independent of the
  /// others, as the synthetic population draws it).
  func expectedReferringEpisodesPerYear(_ model: PrevalenceModel, factor: Double) -> Double {
    var total = 0.0
    let perYear = DayCount.perYear / episodes.meanDurationDays * episodes.helpBeforeRemission
    let gradient = referrals.gradient
    let ethnicShares = Ethnicity.allCases.map { ethnicityShares[$0] ?? 0 }
    forEachCell { age, sex, q, fraction in
      guard age >= eligibleAge else { return }
      let atRisk = 1 - model.smiProbability(age: age, quintile: q)
      var probability = 0.0
      for (e, share) in ethnicShares.enumerated() where share > 0 {
        let multiplier = gradient.multiplier(quintile: q, ethnicity: e)
        probability += share * Swift.min(1, factor * referrals.propensity(age: age) * multiplier)
      }
      total += fraction * atRisk * model.cmdProbability(age: age, sex: sex, quintile: q) * probability
    }
    return total * perYear * Double(population)
  }
}

extension PrevalenceModel {
  /// The most new-episode referrals a year the area could produce: every eligible person's
  /// referral probability at its ceiling of 1 at the age of highest propensity.
  public func maximumNewReferralsPerYear(area: Area) -> Double {
    let ages = area.eligibleAge...AgeBand.oldestAge
    let highest =
      (ages.map { area.referrals.propensity(age: $0) }.max() ?? 0) * area.referrals.gradient.largestMultiplier
    guard highest > 0 else { return 0 }
    return area.expectedReferringEpisodesPerYear(self, factor: 1 / highest)
  }
}
