import Foundation

/// The evidence grades written beside the inputs that make groups differ: the scenario's equity
/// keys (from the comments where its files write them) and the area file's gradients of need
/// and referral, so the report can say how well each mechanism is supported.
enum EquityGrades {
  /// Area-file keys that make groups differ, by key path (the last part names the line).
  static let areaKeys = [
    "prevalence.deprivation_rr_q1_vs_q5", "prevalence.cmd_by_sex", "prevalence.cmd_age_multiplier",
    "prevalence.cmd_cells", "referrals.propensity_by_age", "referrals.propensity_by_imd_quintile",
    "referrals.propensity_by_ethnicity",
  ]

  /// Grades by key path: scenario keys as written (`equity.recovery_odds_by_imd_quintile`), area
  /// keys under `area.` (`area.prevalence.deprivation_rr_q1_vs_q5`). Each is a letter A-D (the
  /// weakest in the comment; "assumption" counts as D) or `ungraded`.
  static func grades(origins: ScenarioOrigins?, areaFile: String) -> [String: String] {
    var grades: [String: String] = [:]
    if let origins {
      for key in EquityReader.gradedKeys { grades[key] = LeverSet.weakestGrade([key], origins: origins) }
    }
    let lines = ((try? String(contentsOfFile: areaFile, encoding: .utf8)) ?? "").components(separatedBy: "\n")
    for key in areaKeys {
      guard let name = key.split(separator: ".").last else { continue }
      guard let line = lines.first(where: { $0.trimmingCharacters(in: .whitespaces).hasPrefix("\(name):") }) else {
        continue
      }
      grades["area.\(key)"] = grade(comment: line)
    }
    return grades
  }

  /// The weakest grade in a line's comment, or `ungraded`.
  static func grade(comment line: String) -> String {
    guard let hash = line.firstIndex(of: "#") else { return "ungraded" }
    let comment = String(line[hash...])
    var grades = LeverSet.grades(in: comment) + spelledGrades(in: comment)
    if comment.lowercased().contains("assumption") { grades.append("D") }
    return grades.max().map(String.init) ?? "ungraded"
  }

  /// Grades written out as in area files: `grade A`, `grade B/D`.
  static func spelledGrades(in comment: String) -> [Character] {
    var found: [Character] = []
    var rest = Substring(comment)
    while let range = rest.range(of: "grade ") {
      let letters = rest[range.upperBound...].prefix { "ABCD/".contains($0) }
      found += letters.filter { $0 != "/" }
      rest = rest[range.upperBound...]
    }
    return found
  }
}
