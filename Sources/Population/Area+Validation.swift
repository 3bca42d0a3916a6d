/// The checks every `Area` passes: margins complete and summing to 1, values in range, and a
/// referral target the population can reach. Key paths are those of the area file.
extension Area {
  /// How far shares may be from summing to 1.
  public static let shareTolerance = 1e-6

  func validate() throws {
    try validateIdentity()
    try validateMargins()
    try validatePrevalence()
    try validateEpisodesAndReferrals()
    try validateReachable()
    try validateYoungPeople()
  }

  static func fail(_ keyPath: String, _ problem: String, _ allowed: String) -> PopulationError {
    .invalid(keyPath: keyPath, problem: problem, allowed: allowed)
  }

  static func check(
    _ value: Double, _ range: ClosedRange<Double>, _ keyPath: String, _ allowed: String,
    open lower: Bool = false
  ) throws {
    guard value.isFinite, range.contains(value), !(lower && value == range.lowerBound) else {
      throw fail(keyPath, "\(value) is out of range", allowed)
    }
  }

  static func checkSum(_ values: [Double], _ keyPath: String) throws {
    let total = values.reduce(0, +)
    guard abs(total - 1) <= shareTolerance else {
      throw fail(keyPath, "shares sum to \(total)", "shares summing to 1 (within 1e-6)")
    }
  }

  /// Every group of `G` present in `table`, each a share in 0...1, summing to 1.
  static func checkShares<G: RawRepresentable & CaseIterable>(
    _ table: [G: Double], _ keyPath: String
  ) throws where G.RawValue == String {
    for group in G.allCases {
      guard let value = table[group] else {
        throw fail("\(keyPath).\(group.rawValue)", "is missing", "a share for every group")
      }
      try check(value, 0...1, "\(keyPath).\(group.rawValue)", "a share from 0 to 1")
    }
    try checkSum(G.allCases.compactMap { table[$0] }, keyPath)
  }

  func validateIdentity() throws {
    let allowedName = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_")
    guard !name.isEmpty, name.allSatisfy({ allowedName.contains($0) }) else {
      throw Area.fail("name", "'\(name)' is not a valid area name", "letters, digits, '-' and '_'")
    }
    guard (1...200_000_000).contains(population) else {
      throw Area.fail("population", "\(population) is out of range", "a whole number of people from 1 to 200000000")
    }
    guard (0...AgeBand.oldestAge).contains(eligibleAge) else {
      throw Area.fail("eligible_age", "\(eligibleAge) is out of range", "a whole number of years from 0 to 99")
    }
  }

  func validateMargins() throws {
    for band in AgeBand.allCases {
      let path = "age_bands.\(band.rawValue)"
      guard let entry = ageBands[band] else { throw Area.fail(path, "is missing", "every standard band") }
      try Area.check(entry.share, 0...1, "\(path).share", "a share from 0 to 1")
      try Area.check(entry.femaleShare, 0...1, "\(path).female_share", "a share from 0 to 1")
      guard let ltc = longTermCondition[band] else {
        throw Area.fail("long_term_condition.\(band.rawValue)", "is missing", "a probability for every band")
      }
      try Area.check(ltc, 0...1, "long_term_condition.\(band.rawValue)", "a probability from 0 to 1")
    }
    try Area.checkSum(AgeBand.allCases.compactMap { ageBands[$0]?.share }, "age_bands")
    guard adultShare > 0 else {
      throw Area.fail("age_bands", "no residents are aged 16 or over", "some residents aged 16 or over")
    }
    try Area.checkShares(ethnicityShares, "ethnicity")
    guard imdQuintileShares.count == 5 else {
      throw Area.fail("imd_quintiles", "has \(imdQuintileShares.count) quintiles", "shares for quintiles 1 to 5")
    }
    for (index, value) in imdQuintileShares.enumerated() {
      try Area.check(value, 0...1, "imd_quintiles.\(index + 1)", "a share from 0 to 1")
    }
    try Area.checkSum(imdQuintileShares, "imd_quintiles")
  }

  func validatePrevalence() throws {
    let p = prevalence
    for sex in Sex.allCases {
      guard let cmd = p.cmdBySex[sex] else {
        throw Area.fail("prevalence.cmd_by_sex.\(sex.rawValue)", "is missing", "a prevalence for each sex")
      }
      try Area.check(cmd, 0...1, "prevalence.cmd_by_sex.\(sex.rawValue)", "a prevalence from 0 to 1")
      guard let severe = p.severeBySex[sex] else {
        throw Area.fail("prevalence.severe_by_sex.\(sex.rawValue)", "is missing", "a prevalence for each sex")
      }
      try Area.check(
        severe, 0...cmd, "prevalence.severe_by_sex.\(sex.rawValue)",
        "a prevalence from 0 to the CMD prevalence of that sex (\(cmd))")
    }
    for band in AgeBand.allCases where band.upperAge >= prevalenceMinimumAge {
      let path = "prevalence.cmd_age_multiplier.\(band.rawValue)"
      guard let multiplier = p.cmdAgeMultiplier[band] else {
        throw Area.fail(
          path, "is missing", "a multiplier for every band with people aged \(prevalenceMinimumAge) or over")
      }
      try Area.check(multiplier, 0...10, path, "a multiplier from 0 to 10")
    }
    for band in AgeBand.allCases {
      for sex in Sex.allCases {
        guard let value = p.cmdCells[band]?[sex] else { continue }
        let path = "prevalence.cmd_cells.\(band.rawValue).\(sex.rawValue)"
        try Area.check(value, 0...1, path, "a prevalence from 0 to 1")
      }
    }
    try Area.check(
      p.deprivationRelativeRisk, 0...10, "prevalence.deprivation_rr_q1_vs_q5", "a relative risk above 0, at most 10",
      open: true)
    try Area.check(
      p.nationalAdultCMD, 0...1, "prevalence.national_adult_cmd", "a prevalence above 0, below 1", open: true)
    try Area.check(p.localUplift, 0...5, "prevalence.local_uplift", "a multiplier above 0, at most 5", open: true)
    try Area.check(p.smiShare, 0...0.1, "prevalence.smi_share", "a share from 0 to 0.1")
    guard p.targetAdultCMD < 1 else {
      throw Area.fail("prevalence.local_uplift", "national x uplift is \(p.targetAdultCMD)", "a product below 1")
    }
    let model = PrevalenceModel(area: self)
    if let cell = model.largestCellProbability, cell > 1 {
      throw Area.fail(
        "prevalence", "the rescaled CMD and SMI prevalence of some people reaches \(cell)",
        "inputs whose rescaled prevalence stays at most 1 in every age, sex and IMD cell")
    }
  }

  func validateEpisodesAndReferrals() throws {
    try Area.check(
      episodes.meanDurationDays, 1...3653, "episodes.mean_duration_days", "a number of days from 1 to 3653")
    try Area.check(
      episodes.helpSeekingDelayDays, 0...3653, "episodes.help_seeking_delay_days",
      "a number of days from 0 to 3653")
    let r = referrals
    try Area.check(r.perYear, 0...1e9, "referrals.per_year", "a number of referrals above 0", open: true)
    try Area.check(r.plausibleLow, 0...r.perYear, "referrals.plausible_low", "from 0 to per_year (\(r.perYear))")
    try Area.check(r.plausibleHigh, r.perYear...1e9, "referrals.plausible_high", "at least per_year (\(r.perYear))")
    try Area.check(r.selfReferralShare, 0...1, "referrals.self_referral_share", "a share from 0 to 1")
    guard !r.propensityByAge.isEmpty else {
      throw Area.fail("referrals.propensity_by_age", "is empty", "one or more {age, value} points")
    }
    var previous = -1
    for (index, point) in r.propensityByAge.enumerated() {
      let path = "referrals.propensity_by_age[\(index)]"
      guard point.age > previous, point.age <= AgeBand.oldestAge else {
        throw Area.fail("\(path).age", "\(point.age) is out of order or range", "ages rising from 0 to 99")
      }
      previous = point.age
      try Area.check(point.value, 0...1e6, "\(path).value", "a relative propensity above 0", open: true)
    }
    try Area.check(r.growthPerYear, -0.5...0.5, "referrals.growth_per_year", "a yearly fraction from -0.5 to 0.5")
    try Area.check(
      r.seasonalityAmplitude, 0...0.99, "referrals.seasonality.amplitude", "a relative amplitude from 0 to 0.99")
    guard (1...12).contains(r.peakMonth) else {
      throw Area.fail("referrals.seasonality.peak_month", "\(r.peakMonth) is out of range", "a month from 1 to 12")
    }
    for (index, step) in r.stepChanges.enumerated() {
      let path = "referrals.step_changes[\(index)]"
      try Area.check(step.day, 0...1e6, "\(path).day", "a number of days from the start, >= 0")
      try Area.check(step.multiplier, 0...100, "\(path).multiplier", "a multiplier above 0, at most 100", open: true)
    }
    try r.gradient.validate(
      quintileKey: "referrals.propensity_by_imd_quintile", ethnicityKey: "referrals.propensity_by_ethnicity")
  }

  /// The referral target must be reachable with referral probabilities of at most 1.
  func validateReachable() throws {
    let model = PrevalenceModel(area: self)
    let ceiling = model.maximumNewReferralsPerYear(area: self)
    guard referrals.perYear <= ceiling else {
      throw Area.fail(
        "referrals.per_year",
        "\(referrals.perYear) referrals a year cannot be reached: the episodes of this population"
          + " allow at most \(Int(ceiling))",
        "a target the population's episodes can produce")
    }
  }
}
