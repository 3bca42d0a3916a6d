import Foundation
import Population
import Scenario
import Testing

/// The 42 integrated care board areas and England's national margins.
@Suite struct EnglandAreaTests {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()
  static let boardFolder = root.appendingPathComponent("Scenarios/areas/icb")

  static func boardFiles() throws -> [URL] {
    try FileManager.default.contentsOfDirectory(atPath: boardFolder.path).filter { $0.hasSuffix(".yaml") }.sorted()
      .map { boardFolder.appendingPathComponent($0) }
  }

  @Test func fortyTwoBoardsLoadWithUniqueCodesAndSumToEngland() throws {
    let files = try EnglandAreaTests.boardFiles()
    #expect(files.count == 42)
    let boards = try files.map { try AreaLoader.load(path: $0.path) }
    let codes = boards.compactMap(\.code)
    #expect(codes.count == 42)
    #expect(Set(codes).count == 42)
    #expect(codes.allSatisfy { $0.hasPrefix("E54") })
    let england = try AreaLoader.load(
      path: EnglandAreaTests.root.appendingPathComponent("Scenarios/areas/england.yaml").path)
    let total = boards.reduce(0) { $0 + $1.population }
    // The 42 totals sum to England's mid-2022 population within 0.1% (56.9 to 57.2 million).
    #expect(abs(Double(total - england.population)) <= 0.001 * Double(england.population))
    #expect((56_900_000...57_200_000).contains(total))
    // Population-weighted, the boards' IMD quintile mix is England's 0.2 each within 0.001.
    for q in 0..<5 {
      let share = boards.reduce(0.0) { $0 + Double($1.population) * $1.imdQuintileShares[q] } / Double(total)
      #expect(abs(share - 0.2) <= 0.001, "quintile \(q + 1): \(share)")
    }
  }

  @Test func boardReferralsAreTheNationalRateTimesPopulationAndNeed() throws {
    let boards = try EnglandAreaTests.boardFiles().map { try AreaLoader.load(path: $0.path) }
    for board in boards {
      let expected = 3100 * Double(board.population) / 100_000 * board.prevalence.localUplift
      #expect(abs(board.referralsPerYear - expected) <= 0.5, "\(board.name): \(board.referralsPerYear) vs \(expected)")
      // Need follows deprivation: sum of share x 1.6^((5 - q) / 4), over England's 0.2 each.
      let rr = (1...5).map { pow(1.6, Double(5 - $0) / 4) }
      let need = zip(board.imdQuintileShares, rr).reduce(0.0) { $0 + $1.0 * $1.1 } / (rr.reduce(0, +) * 0.2)
      #expect(abs(board.prevalence.localUplift - need) <= 0.0006, "\(board.name)")
    }
    let total = boards.reduce(0.0) { $0 + $1.referralsPerYear }
    #expect(abs(total - 3100 * 571.06) <= 0.001 * total)
  }

  /// Every value line of a board or England file carries a grade in its comment.
  @Test func everyBoardValueIsGraded() throws {
    let identity = ["version:", "name:"]
    let structural = [
      "age_bands:", "ethnicity:", "imd_quintiles:", "prevalence:",
      "cmd_cells:", "cmd_age_multiplier:", "long_term_condition:", "episodes:", "referrals:", "propensity_by_age:",
    ]
    let files =
      try EnglandAreaTests.boardFiles() + [EnglandAreaTests.root.appendingPathComponent("Scenarios/areas/england.yaml")]
    var checked = 0
    for file in files {
      let text = try String(contentsOf: file, encoding: .utf8)
      for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty, !trimmed.hasPrefix("#"), !identity.contains(where: trimmed.hasPrefix) else { continue }
        guard
          !structural.contains(where: {
            trimmed.hasPrefix($0) && !trimmed.dropFirst($0.count).contains(where: \.isNumber)
          })
        else {
          continue
        }
        let comment = line.split(separator: "#", maxSplits: 1).dropFirst().first ?? ""
        #expect(
          comment.range(of: #"grade [ABCD]"#, options: .regularExpression) != nil,
          "\(file.lastPathComponent) line \(number + 1) has no grade: \(trimmed)")
        checked += 1
      }
    }
    #expect(checked > 42 * 40)
  }

  @Test func aBoardIsNamedWithItsFolder() throws {
    let folder = try makeTemporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let scenario = folder.appendingPathComponent("x.yaml").path
    try FileManager.default.createDirectory(
      at: folder.appendingPathComponent("areas/icb"), withIntermediateDirectories: true)
    let source = EnglandAreaTests.boardFolder.appendingPathComponent("devon.yaml")
    try FileManager.default.copyItem(at: source, to: folder.appendingPathComponent("areas/icb/devon.yaml"))
    let (area, _) = try AreaLoader.load(name: "icb/devon", forScenarioAt: scenario)
    #expect(area.code == "E54000037")
    #expect(throws: ScenarioError.self) { try AreaLoader.load(name: "icb/../devon", forScenarioAt: scenario) }
    #expect(throws: ScenarioError.self) { try AreaLoader.load(name: "a/b/c", forScenarioAt: scenario) }
  }
}
