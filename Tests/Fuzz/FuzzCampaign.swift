import Foundation

/// A seeded campaign: mutant i is rebuilt from (seed, i) alone, so any failure can be replayed.
struct FuzzCampaign {
  /// Mutants to run: `STEPWELL_FUZZ_COUNT`, else 50,000 under `STEPWELL_HEAVY=1`, else 5,000.
  static var count: Int {
    let environment = ProcessInfo.processInfo.environment
    if let text = environment["STEPWELL_FUZZ_COUNT"], let count = Int(text), count > 0 { return count }
    return environment["STEPWELL_HEAVY"] == "1" ? 50_000 : 5_000
  }
  /// The campaign seed: `STEPWELL_FUZZ_SEED`, else a fixed one.
  static var seed: UInt64 {
    ProcessInfo.processInfo.environment["STEPWELL_FUZZ_SEED"].flatMap { UInt64($0) } ?? 20_261_126
  }
  /// One care mutant in this many that loads is also run (network mutants always are).
  static let careRunEvery = 10
  /// The scenario each area file is loaded through.
  static let scenarioOfArea = [
    "areas/sandwell-2011.yaml": "sandwell-hub.yaml", "areas/sandwell.yaml": "sandwell-2025.yaml",
    "areas/ipswich-east-suffolk.yaml": "ipswich-iwa.yaml",
  ]
  /// Where failing mutants are written for replay: `.build/fuzz-failures/`.
  static let failureFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent(".build/fuzz-failures")

  let workspace: FuzzWorkspace

  /// Runs mutant `index` and returns its outcome, whether it ran, and a description.
  func run(_ index: Int, seed: UInt64) throws -> (FuzzOutcome, Bool, String) {
    var random = FuzzRandom(seed: seed &+ UInt64(index) &* 0x2545_F491_4F6C_DD1D)
    let file = random.pick(workspace.files)
    let isArea = file.path.hasPrefix("areas/")
    let mode = isArea ? 0 : random.pick([0, 0, 0, 0, 1, 2])
    var text = file.text
    var description = file.path
    if mode != 1 {
      let mutated = Mutator.mutate(text, using: &random)
      text = mutated.text
      description += ": " + mutated.description
    }
    var overrides: [String] = []
    if mode != 0 {
      overrides = (0..<random.pick([1, 1, 2])).map { _ in FuzzCampaign.setArgument(file.text, using: &random) }
      description += " --set " + overrides.joined(separator: " --set ")
    }
    let result: (FuzzOutcome, Bool)
    if isArea {
      let scenario = workspace.path(FuzzCampaign.scenarioOfArea[file.path] ?? "sandwell-hub.yaml")
      result = try workspace.with(file.path, text: text) { _ in
        FuzzHarness.outcome(path: scenario, overrides: [], run: random.chance(0.005), areaMutated: true)
      }
    } else {
      let runIt = file.path.hasPrefix("queueing/") || random.chance(1 / Double(FuzzCampaign.careRunEvery))
      result = try workspace.with(file.path, text: text) { path in
        FuzzHarness.outcome(path: path, overrides: overrides, run: runIt, areaMutated: false)
      }
    }
    if case .failure = result.0 { FuzzCampaign.save(text, index: index, description: description) }
    return (result.0, result.1, description)
  }

  /// A `--set` argument: a malformed or refused one, or a key of the file (or a known key) set
  /// to an edge value.
  static func setArgument(_ text: String, using random: inout FuzzRandom) -> String {
    if random.chance(0.2) { return random.pick(FuzzValues.badSetArguments) }
    let keys = Mutator.keyPaths(text)
    let key = random.chance(0.6) && !keys.isEmpty ? random.pick(keys) : random.pick(FuzzValues.setKeys)
    let values = FuzzValues.numbers + FuzzValues.otherTypes + [FuzzValues.aliasBomb]
    return "\(key)=\(random.pick(values))"
  }

  static func save(_ text: String, index: Int, description: String) {
    try? FileManager.default.createDirectory(at: failureFolder, withIntermediateDirectories: true)
    let body = "# mutant \(index): \(description)\n" + text
    try? body.write(to: failureFolder.appendingPathComponent("mutant-\(index).yaml"), atomically: true, encoding: .utf8)
  }
}
