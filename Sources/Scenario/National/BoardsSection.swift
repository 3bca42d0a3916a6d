import Yams

/// The `boards:` section of a national scenario: which board areas the run sums, and the
/// national referral rate each board's demand is sized from.
///
/// ```yaml
/// boards:
///   referrals_per_100k: 3100        # referrals a year per 100,000 residents, before the need adjustment
///   areas: [icb/black-country, icb/birmingham-and-solihull, ...]
/// ```
public struct BoardsSection: Sendable, Equatable {
  /// The board areas, as written (area names, optionally under one folder: `icb/black-country`).
  public let areas: [String]
  /// The line of each entry of `areas` in its file, when known.
  public let lines: [Int?]
  /// Referrals a year per 100,000 residents at national need (`local_uplift` 1).
  public let referralsPer100k: Double

  /// The keys the section takes.
  public static let keys = ["referrals_per_100k", "areas"]
  /// The most boards a national scenario may name.
  public static let maximumBoards = 500

  /// Reads and checks the section of `tree` (a scenario's top level); nil when it has none.
  public static func read(_ tree: Node, file: String) throws -> BoardsSection? {
    let top = try MappingReader(tree, file: file, path: "")
    guard let section = try top.mapping("boards") else { return nil }
    try section.rejectUnknownKeys(keys)
    let rateRange = 1.0...100_000.0
    let rateAllowed = "referrals a year per 100,000 residents, from 1 to 100000"
    guard let rate = try section.double("referrals_per_100k", in: rateRange, allowed: rateAllowed) else {
      throw section.error("referrals_per_100k", "is missing", allowed: rateAllowed)
    }
    let listAllowed = "a list of 1 to \(maximumBoards) area names, each once (e.g. [icb/black-country])"
    guard let entries = try section.sequence("areas"), !entries.isEmpty, entries.count <= maximumBoards else {
      throw section.error("areas", "is missing, empty or longer than \(maximumBoards)", allowed: listAllowed)
    }
    var names: [String] = []
    var lines: [Int?] = []
    for (index, entry) in entries.enumerated() {
      guard case .scalar(let scalar) = entry, !scalar.string.isEmpty else {
        throw ScenarioError.invalid(
          file: file, keyPath: "boards.areas[\(index)]", line: entry.mark?.line, problem: "is not an area name",
          allowed: listAllowed)
      }
      let name = scalar.string
      if let first = names.firstIndex(of: name) {
        throw ScenarioError.invalid(
          file: file, keyPath: "boards.areas[\(index)]", line: entry.mark?.line,
          problem: "'\(name)' is named twice (also boards.areas[\(first)])", allowed: "each board once")
      }
      names.append(name)
      lines.append(entry.mark?.line)
    }
    return BoardsSection(areas: names, lines: lines, referralsPer100k: rate)
  }
}
