/// What happened to one mutant. Only `failure` fails the campaign.
enum FuzzOutcome: Equatable {
  /// The file loaded (and, when run, its bounded run finished).
  case accepted
  /// The loader refused it with a `ScenarioError` (exit code 2).
  case refused
  /// Its bounded run stopped at the event limit (exit code 1 with a message).
  case eventLimit
  /// Anything else: another error type, or more time than allowed.
  case failure(String)

  /// A short name for the tally.
  var label: String {
    switch self {
    case .accepted: return "accepted"
    case .refused: return "refused"
    case .eventLimit: return "event-limit"
    case .failure: return "failure"
    }
  }
}

/// Outcome counts of a campaign.
struct FuzzTally {
  var counts: [String: Int] = [:]
  var runs = 0
  var failures: [String] = []
  /// Seconds spent per file, by the fuzzed file's folder.
  var seconds: [String: Double] = [:]
  var mutantsByFolder: [String: Int] = [:]

  mutating func add(_ outcome: FuzzOutcome, ran: Bool, mutant: String, folder: String, seconds: Double) {
    self.seconds[folder, default: 0] += seconds
    mutantsByFolder[folder, default: 0] += 1
    counts[outcome.label, default: 0] += 1
    if ran { runs += 1 }
    if case .failure(let why) = outcome { failures.append("\(mutant): \(why)") }
  }

  mutating func merge(_ other: FuzzTally) {
    for (label, count) in other.counts { counts[label, default: 0] += count }
    runs += other.runs
    failures += other.failures
    for (folder, value) in other.seconds { seconds[folder, default: 0] += value }
    for (folder, value) in other.mutantsByFolder { mutantsByFolder[folder, default: 0] += value }
  }

  var total: Int { counts.values.reduce(0, +) }

  var summary: String {
    let parts = ["accepted", "refused", "event-limit", "failure"].map { "\($0) \(counts[$0] ?? 0)" }
    let timing = mutantsByFolder.keys.sorted().map { folder in
      let count = mutantsByFolder[folder] ?? 1
      return "\(folder) \(count) at \(Int((seconds[folder] ?? 0) / Double(count) * 1000)) ms"
    }
    return "\(total) mutants (\(parts.joined(separator: ", "))); \(runs) bounded runs; per file: "
      + timing.joined(separator: ", ")
  }
}
