/// A local area a synthetic population is drawn from: its size, margins, prevalence inputs and
/// referral calibration. An `Area` that exists has passed every check in `Area+Validation`.
///
/// Areas are data (`Scenarios/areas/<name>.yaml`, read by the Scenario module's `AreaLoader`);
/// `docs/areas.md` describes every key and `docs/evidence.md` every default's source.
public struct Area: Sendable {
  /// Short identifier, e.g. `sandwell` (letters, digits, `-` and `_`).
  public let name: String
  /// Human-readable name, e.g. "Sandwell, West Midlands".
  public let title: String
  /// The area's official code (ONS GSS code, e.g. `E54000062` for an integrated care board), if
  /// the file gives one.
  public var code: String?
  /// Number of residents (people).
  public let population: Int
  /// Minimum age for the service (years): Sandwell 16, Ipswich and East Suffolk 13.
  public let eligibleAge: Int
  /// Share of residents and female share of each standard age band.
  public let ageBands: [AgeBand: AgeBandShare]
  /// Share of residents in each ethnic group (sums to 1).
  public let ethnicityShares: [Ethnicity: Double]
  /// Share of residents in each national IMD quintile; index 0 is quintile 1 (most deprived).
  public let imdQuintileShares: [Double]
  /// Prevalence inputs.
  public let prevalence: PrevalenceInputs
  /// Probability of a long-term physical condition by age band (0...1).
  public let longTermCondition: [AgeBand: Double]
  /// Natural course of untreated episodes.
  public let episodes: EpisodeInputs
  /// Referral target, propensity and timing.
  public var referrals: ReferralInputs
  /// Young people's missed-appointment and recovery multipliers, if the area gives them.
  public let youngPeople: YoungPeopleInputs?

  /// Builds and validates an area; throws `PopulationError` naming the area-file key path.
  public init(
    name: String, title: String? = nil, population: Int, eligibleAge: Int,
    ageBands: [AgeBand: AgeBandShare], ethnicityShares: [Ethnicity: Double],
    imdQuintileShares: [Double], prevalence: PrevalenceInputs,
    longTermCondition: [AgeBand: Double], episodes: EpisodeInputs, referrals: ReferralInputs,
    youngPeople: YoungPeopleInputs? = nil
  ) throws {
    self.name = name
    self.title = title ?? name
    self.population = population
    self.eligibleAge = eligibleAge
    self.ageBands = ageBands
    self.ethnicityShares = ethnicityShares
    self.imdQuintileShares = imdQuintileShares
    self.prevalence = prevalence
    self.longTermCondition = longTermCondition
    self.episodes = episodes
    self.referrals = referrals
    self.youngPeople = youngPeople
    try validate()
  }

  /// All referrals a year (new episodes, re-referrals and relapses): the calibration target.
  public var referralsPerYear: Double { referrals.perYear }
  /// The plausible range of `referralsPerYear`.
  public var referralsPlausibleRange: ClosedRange<Double> { referrals.plausibleLow...referrals.plausibleHigh }
  /// Growth of the referral rate a year (fraction, compound).
  public var growthPerYear: Double { referrals.growthPerYear }
  /// Relative amplitude of the yearly cycle of referrals.
  public var seasonalityAmplitude: Double { referrals.seasonalityAmplitude }
  /// Month (1...12) the yearly cycle peaks in.
  public var peakMonth: Int { referrals.peakMonth }
  /// Step changes of the referral rate.
  public var stepChanges: [ReferralInputs.StepChange] { referrals.stepChanges }

  /// The youngest age with a mental-health state: 16 (adult surveys) or the eligible age if
  /// the service starts younger.
  public var prevalenceMinimumAge: Int { Swift.min(AgeBand.adultAge, eligibleAge) }

  /// The share of residents in `band` of `sex`.
  public func share(of band: AgeBand, _ sex: Sex) -> Double {
    guard let entry = ageBands[band] else { return 0 }
    return entry.share * (sex == .female ? entry.femaleShare : 1 - entry.femaleShare)
  }

  /// The share of residents aged 16 and over.
  public var adultShare: Double {
    AgeBand.allCases.filter(\.isAdult).reduce(0) { $0 + (ageBands[$1]?.share ?? 0) }
  }

  /// A copy with a different population size and the referral target scaled in proportion.
  public func scaled(by factor: Double) throws -> Area {
    guard factor.isFinite, factor > 0 else {
      throw PopulationError.invalid(
        keyPath: "population", problem: "scale \(factor) is not positive", allowed: "a factor > 0")
    }
    var scaledReferrals = referrals
    scaledReferrals.perYear *= factor
    scaledReferrals.plausibleLow *= factor
    scaledReferrals.plausibleHigh *= factor
    return try Area(
      name: name, title: title, population: Int((Double(population) * factor).rounded()),
      eligibleAge: eligibleAge, ageBands: ageBands, ethnicityShares: ethnicityShares,
      imdQuintileShares: imdQuintileShares, prevalence: prevalence,
      longTermCondition: longTermCondition, episodes: episodes, referrals: scaledReferrals,
      youngPeople: youngPeople)
  }
}
