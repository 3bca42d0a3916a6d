import Foundation

/// A small national scenario in a temporary folder: three board areas (copies of real board files
/// with 12,000 to 20,000 people), Sandwell 2025's design over 8 weeks (2 of warm-up), 2 replications.
enum NationalFixture {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  /// The boards: (file in Scenarios/areas/icb, people).
  static let boards = [("devon", 20000), ("black-country", 15000), ("somerset", 12000)]

  /// Writes the areas, the current list and `mini.yaml` (boards in the given order) and returns
  /// the folder.
  static func make(order: [String]? = nil, extra: String = "") throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("stepwell-national-\(UUID().uuidString)")
    let fm = FileManager.default
    try fm.createDirectory(at: folder.appendingPathComponent("areas/icb"), withIntermediateDirectories: true)
    try fm.createDirectory(at: folder.appendingPathComponent("lists"), withIntermediateDirectories: true)
    try fm.copyItem(
      at: root.appendingPathComponent("Scenarios/lists/sandwell-2025-03-31-waiting.csv"),
      to: folder.appendingPathComponent("lists/sandwell-2025-03-31-waiting.csv"))
    try fm.copyItem(
      at: root.appendingPathComponent("Scenarios/areas/sandwell.yaml"),
      to: folder.appendingPathComponent("areas/sandwell.yaml"))
    for (name, people) in boards {
      let source = root.appendingPathComponent("Scenarios/areas/icb/\(name).yaml")
      var lines = try String(contentsOf: source, encoding: .utf8).split(
        separator: "\n", omittingEmptySubsequences: false
      )
      .map(String.init)
      for index in lines.indices {
        if lines[index].hasPrefix("population:") { lines[index] = "population: \(people)   # test, grade D" }
        if lines[index].hasPrefix("  per_year:") {
          lines[index] = "  per_year: \(people * 31 / 1000)   # test, grade D"
        }
        if lines[index].hasPrefix("  plausible_low:") { lines[index] = "  plausible_low: 1   # test, grade D" }
        if lines[index].hasPrefix("  plausible_high:") {
          lines[index] = "  plausible_high: \(people)   # test, grade D"
        }
      }
      try Data(lines.joined(separator: "\n").utf8).write(to: folder.appendingPathComponent("areas/icb/\(name).yaml"))
    }
    let names = order ?? boards.map(\.0)
    let scenario = """
      version: 1
      name: mini
      model: care
      extends: \(root.appendingPathComponent("Scenarios/sandwell-2025.yaml").path)
      area: sandwell
      horizon: 8w
      warmup: 2w
      replications: 2
      seed: 11
      referrals: {per_year: 10000}
      boards:
        referrals_per_100k: 3100
        areas: [\(names.map { "icb/\($0)" }.joined(separator: ", "))]
      targets:
        referrals.per_year: {value: 1500, low: 1000, high: 2000, source: "test"}
      \(extra)
      """
    try Data(scenario.utf8).write(to: folder.appendingPathComponent("mini.yaml"))
    return folder
  }
}
