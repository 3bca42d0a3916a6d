import Foundation
import Population

extension PopulationReport {
  /// A whole number with thousands separators, e.g. 341,900.
  static func grouped(_ value: Double) -> String {
    let digits = String(Int(value.rounded()).magnitude)
    var out = ""
    for (index, digit) in digits.enumerated() {
      if index > 0, (digits.count - index) % 3 == 0 { out.append(",") }
      out.append(digit)
    }
    return value < -0.5 ? "-" + out : out
  }

  /// A percentage with `digits` decimals.
  static func percent(_ value: Double, _ digits: Int = 1) -> String {
    String(format: "%.\(digits)f%%", value * 100)
  }

  /// The summary printed by `stepwell population`.
  public func screenText(seed: UInt64) -> String {
    let g = PopulationReport.grouped
    let everyone = counts(nil)
    let adults = Double(everyone.adults[0])
    let people = Double(population.count)
    let severe = population.people.filter { $0.age >= AgeBand.adultAge && $0.state == .severeCMD }.count
    let p = area.prevalence
    let newExpected = inflow.newReferralsPerYear * inflow.firstYearFactor
    let allExpected = newExpected / inflow.newEpisodeShare
    let range = area.referralsPlausibleRange
    let cmd = PopulationReport.percent(Double(everyone.adultCMD[0]) / adults)
    let target =
      "\(NumberFormat.screen(p.nationalAdultCMD)) x \(NumberFormat.screen(p.localUplift))"
      + " = \(PopulationReport.percent(p.targetAdultCMD, 2))"
    let simulatedNew = Double(simulated.count)
    var rows: [(String, String)] = [
      ("people", "\(g(people)) (area file: \(g(Double(area.population))))"),
      ("adults 16+", g(adults)),
      ("eligible (\(area.eligibleAge)+)", g(Double(everyone.eligible[0]))),
      ("CMD, adults 16+", "\(cmd) (target \(target)); severe \(PopulationReport.percent(Double(severe) / adults))"),
      ("SMI, all people", PopulationReport.percent(Double(everyone.smi[0]) / people, 2)),
      ("long-term condition", "\(PopulationReport.percent(Double(everyone.longTermCondition[0]) / people)) of people"),
      ("", "Referrals a year (first year)"),
      ("all referrals, expected", "\(g(allExpected)) (plausible \(g(range.lowerBound)) to \(g(range.upperBound)))"),
      ("new episodes, expected", "\(g(newExpected)) (\(NumberFormat.screen(inflow.newEpisodeShare)) of all)"),
      (
        "new episodes, simulated",
        "\(g(simulatedNew)) (replication 0); \(g(simulatedNew / inflow.newEpisodeShare)) with re-referrals and relapses"
      ),
      ("re-referrals and relapses", "\(g(allExpected - newExpected)) expected, added by the care model"),
      (
        "CMD episodes starting",
        "\(g(inflow.episodesPerYear)) a year; \(g(inflow.untreatedEpisodesPerYear)) end without a referral"
      ),
    ]
    if inflow.openDoor != nil {
      let door = inflow.expectedFirstYearReferrals - newExpected
      rows.insert(
        ("open door, expected", "\(g(door)) self-referrals on top of the GP route (in the simulated count)"),
        at: rows.count - 2)
    }
    let seconds = String(format: "%.2f", generationSeconds)
    var lines = ["Population of \(area.title) (area \(area.name), seed \(seed)), drawn in \(seconds) s"]
    for (label, value) in rows {
      lines.append(label.isEmpty ? value : "  " + label.padding(toLength: 26, withPad: " ", startingAt: 0) + value)
    }
    if !range.contains(allExpected) {
      lines.append("  warning: expected referrals are outside the plausible range")
    }
    return lines.joined(separator: "\n")
  }
}
