import Population
import Yams

/// The sections of an area file below the top level, read with their key paths.
struct AreaSections {
  let ageBands: [AgeBand: AgeBandShare]
  let ethnicity: [Ethnicity: Double]
  let imdQuintiles: [Double]
  let prevalence: PrevalenceInputs
  let longTermCondition: [AgeBand: Double]
  let episodes: EpisodeInputs
  let referrals: ReferralInputs

  static let share = "a share from 0 to 1"

  init(_ top: MappingReader) throws {
    ageBands = try AreaSections.ageBands(top)
    ethnicity = try AreaSections.groups(top, "ethnicity", Ethnicity.self, 0...1, AreaSections.share)
    let quintiles = try AreaSections.groups(top, "imd_quintiles", Quintile.self, 0...1, AreaSections.share)
    imdQuintiles = Quintile.allCases.map { quintiles[$0] ?? 0 }
    prevalence = try AreaSections.prevalence(try AreaSections.section(top, "prevalence"))
    longTermCondition = try AreaSections.groups(
      top, "long_term_condition", AgeBand.self, 0...1, "a probability from 0 to 1")
    let episodes = try AreaSections.section(top, "episodes")
    try episodes.rejectUnknownKeys(["mean_duration_days", "help_seeking_delay_days"])
    self.episodes = EpisodeInputs(
      meanDurationDays: try AreaSections.number(episodes, "mean_duration_days", 1...3653, "days from 1 to 3653"),
      helpSeekingDelayDays: try AreaSections.number(
        episodes, "help_seeking_delay_days", 0...3653, "days from 0 to 3653"))
    referrals = try AreaReferralSection.read(try AreaSections.section(top, "referrals"))
  }

  /// IMD quintiles as groups named 1 to 5.
  enum Quintile: String, CaseIterable { case q1 = "1", q2 = "2", q3 = "3", q4 = "4", q5 = "5" }

  static func required<T>(_ value: T?, _ reader: MappingReader, _ key: String, _ allowed: String) throws -> T {
    guard let value else { throw reader.error(key, "is missing", allowed: allowed) }
    return value
  }

  static func section(_ reader: MappingReader, _ key: String) throws -> MappingReader {
    try required(try reader.mapping(key), reader, key, "a mapping of keys (see docs/areas.md)")
  }

  static func number(
    _ reader: MappingReader, _ key: String, _ range: ClosedRange<Double>, _ allowed: String
  ) throws -> Double {
    try required(try reader.double(key, in: range, allowed: allowed), reader, key, allowed)
  }

  /// A mapping from the groups of `G` to numbers: unknown groups are errors, every group is required.
  static func groups<G: RawRepresentable & CaseIterable & Hashable>(
    _ reader: MappingReader, _ key: String, _ type: G.Type, _ range: ClosedRange<Double>, _ allowed: String,
    requireAll: Bool = true
  ) throws -> [G: Double] where G.RawValue == String {
    let table = try section(reader, key)
    let names = G.allCases.map(\.rawValue)
    try table.rejectUnknownGroups(names)
    var result: [G: Double] = [:]
    for group in G.allCases {
      guard let value = try table.double(group.rawValue, in: range, allowed: allowed) else {
        guard requireAll else { continue }
        throw table.error(
          group.rawValue, "is missing", allowed: "a value for every group: \(names.joined(separator: ", "))")
      }
      result[group] = value
    }
    return result
  }

  static func ageBands(_ top: MappingReader) throws -> [AgeBand: AgeBandShare] {
    let table = try section(top, "age_bands")
    let names = AgeBand.allCases.map(\.rawValue)
    try table.rejectUnknownGroups(names)
    var result: [AgeBand: AgeBandShare] = [:]
    for band in AgeBand.allCases {
      let entry = try required(
        try table.mapping(band.rawValue), table, band.rawValue,
        "{share, female_share} for every band: \(names.joined(separator: ", "))")
      try entry.rejectUnknownKeys(["share", "female_share"])
      result[band] = AgeBandShare(
        share: try number(entry, "share", 0...1, share), femaleShare: try number(entry, "female_share", 0...1, share))
    }
    return result
  }

  static func prevalence(_ p: MappingReader) throws -> PrevalenceInputs {
    try p.rejectUnknownKeys([
      "cmd_by_sex", "cmd_age_multiplier", "cmd_cells", "severe_by_sex", "deprivation_rr_q1_vs_q5",
      "national_adult_cmd", "local_uplift", "smi_share",
    ])
    let prevalence = "a prevalence from 0 to 1"
    var cells: [AgeBand: [Sex: Double]] = [:]
    if let table = try p.mapping("cmd_cells") {
      try table.rejectUnknownGroups(AgeBand.allCases.map(\.rawValue))
      for band in AgeBand.allCases where table.has(band.rawValue) {
        cells[band] = try groups(table, band.rawValue, Sex.self, 0...1, prevalence)
      }
    }
    return PrevalenceInputs(
      cmdBySex: try groups(p, "cmd_by_sex", Sex.self, 0...1, prevalence),
      cmdAgeMultiplier: try groups(
        p, "cmd_age_multiplier", AgeBand.self, 0...10, "a multiplier from 0 to 10", requireAll: false),
      cmdCells: cells,
      severeBySex: try groups(p, "severe_by_sex", Sex.self, 0...1, prevalence),
      deprivationRelativeRisk: try number(p, "deprivation_rr_q1_vs_q5", 0...10, "a relative risk above 0, at most 10"),
      nationalAdultCMD: try number(p, "national_adult_cmd", 0...1, prevalence),
      localUplift: try number(p, "local_uplift", 0...5, "a multiplier above 0, at most 5"),
      smiShare: try number(p, "smi_share", 0...0.1, "a share from 0 to 0.1"))
  }
}

extension MappingReader {
  /// Rejects keys that are not one of `groups`, naming the first unknown group.
  func rejectUnknownGroups(_ groups: [String]) throws {
    for (key, value) in pairs where !groups.contains(key) {
      throw ScenarioError.invalid(
        file: file, keyPath: keyPath(key), line: value.mark?.line, problem: "unknown group '\(key)'",
        allowed: groups.joined(separator: ", "))
    }
  }
}
