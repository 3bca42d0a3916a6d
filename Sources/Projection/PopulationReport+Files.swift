import Foundation
import Population

extension PopulationReport {
  /// The columns of `population.csv`.
  public static let populationColumns = [
    "dimension", "group", "people", "share", "expected_share", "eligible", "cmd_prevalence_16plus",
    "smi_share", "long_term_condition_share",
  ]

  /// `population.csv`: one row for everyone, then one per group of each dimension.
  public var populationCSV: String {
    var table = CSVTable(columns: PopulationReport.populationColumns)
    let total = Double(population.count)
    func rows(_ name: String, _ groups: [String], _ counts: GroupCounts, _ expected: [Double]) {
      for (index, group) in groups.enumerated() {
        let people = counts.people[index]
        func share(_ part: Int, of whole: Int) -> String {
          whole > 0 ? NumberFormat.csv(Double(part) / Double(whole)) : ""
        }
        table.append([
          name, group, String(people), NumberFormat.csv(Double(people) / total),
          NumberFormat.csv(expected[index]), String(counts.eligible[index]),
          share(counts.adultCMD[index], of: counts.adults[index]), share(counts.smi[index], of: people),
          share(counts.longTermCondition[index], of: people),
        ])
      }
    }
    rows("all", ["all"], counts(nil), [1])
    for dimension in PopulationDimension.allCases {
      rows(dimension.rawValue, dimension.groups, counts(dimension), expectedShares(dimension))
    }
    return table.text
  }

  /// `referrals_by_group.csv`: expected and simulated new-episode referrals in the first year,
  /// for everyone, each population dimension, the route and the episode's state.
  public var referralsByGroupCSV: String {
    var table = CSVTable(columns: ["dimension", "group", "expected_per_year", "simulated_per_year"])
    func row(_ dimension: String, _ group: String, _ expected: Double, _ simulated: Int) {
      table.append([dimension, group, NumberFormat.csv(expected), String(simulated)])
    }
    row("all", "all", inflow.expectedFirstYearReferrals, simulated.count)
    let people = population.people
    for dimension in PopulationDimension.allCases {
      var observed = [Int](repeating: 0, count: dimension.groups.count)
      for referral in simulated { observed[dimension.groupIndex(of: people[Int(referral.person)])] += 1 }
      for (index, expected) in inflow.expectedReferralsPerYear(by: dimension).enumerated() {
        row(dimension.rawValue, expected.group, expected.perYear, observed[index])
      }
    }
    let byRoute = inflow.expectedReferralsPerYearByRoute()
    for route in ReferralRoute.allCases {
      row("route", route.rawValue, byRoute[route] ?? 0, simulated.filter { $0.route == route }.count)
    }
    let byState = inflow.expectedReferralsPerYearByEpisodeState()
    for state in [MentalHealthState.mildModerate, .severeCMD] {
      row("episode_state", state.rawValue, byState[state] ?? 0, simulated.filter { $0.episodeState == state }.count)
    }
    return table.text
  }

  /// `records.csv`: one row per person (`--records`).
  public func writeRecordsCSV(to sink: inout OutputStreamSink) throws {
    try sink.write(
      "person,age,age_band,sex,imd_quintile,ethnicity,long_term_condition,mental_health,eligible,"
        + "episodes_per_year,referral_probability,referrals_per_year\n")
    var formatted: [Double: String] = [:]
    func format(_ value: Double) -> String {
      if let text = formatted[value] { return text }
      let text = NumberFormat.csv(value)
      formatted[value] = text
      return text
    }
    let eligibleAge = area.eligibleAge
    for person in population.people {
      let fields = [
        String(person.id), String(person.age), person.ageBand, person.sex.rawValue, String(person.imdQuintile),
        person.ethnicity.rawValue, person.longTermCondition ? "true" : "false", person.state.rawValue,
        person.age >= eligibleAge ? "true" : "false", format(inflow.episodeRatePerYear(of: person)),
        format(inflow.referralProbability(of: person)), format(inflow.referralRatePerYear(of: person)),
      ]
      try sink.write(fields.joined(separator: ",") + "\n")
    }
  }

  /// The files written, in order.
  public func fileNames(records: Bool) -> [String] {
    ["population.csv", "referrals_by_group.csv"] + (records ? ["records.csv"] : []) + [
      "manifest.json", "data-dictionary.csv",
    ]
  }

  /// `manifest.json`: how the population was drawn.
  func manifestJSON(command: [String]) -> JSONValue {
    .object([
      ("stepwell_version", .string(RunManifest.version)),
      ("output_of", .string(OutputKind.population.rawValue)),
      ("command", .array(command.map { .string($0) })),
      ("area", .string(area.name)),
      ("seed", .string(String(seed))),
      ("people", .number(Double(population.count))),
      ("generation_seconds", .number(generationSeconds)),
      ("finished_at", .string(ISO8601DateFormatter().string(from: Date()))),
    ])
  }

  /// Writes the files atomically into `destination`, with `<folder-name>.xlsx` when `workbook`
  /// is given.
  public func write(
    to destination: URL, records: Bool, command: [String], workbook: WorkbookWriter? = nil
  ) throws {
    let folder = try OutputFolder(destination: destination, kind: .population, workbook: workbook)
    do {
      try folder.write(populationCSV, to: "population.csv")
      try folder.write(referralsByGroupCSV, to: "referrals_by_group.csv")
      if records { try folder.stream(to: "records.csv") { try writeRecordsCSV(to: &$0) } }
      try folder.write(manifestJSON(command: command).rendered(), to: "manifest.json")
      try folder.commit()
    } catch {
      folder.discard()
      throw error
    }
  }
}
