/// The fingerprint of a multi-run command, written into every item folder: Stepwell's version,
/// the command, every option that changes results, and each scenario's content after `extends`
/// and every override (its effective YAML). Items are merged only with items of the same
/// fingerprint, so results of a different scenario or option are never mixed in.
///
/// Options that change only speed or presentation (`--threads`, `--quiet`, `--out`, `--xlsx`)
/// are left out.
public struct CommandFingerprint: Sendable, Equatable {
  /// The command (`sweep`, `psa`, `plan`).
  public let command: String
  /// `name=value` for each option that changes results, in a fixed order.
  public let options: [String]
  /// Each scenario's effective YAML, in command-line order.
  public let scenarios: [String]

  public init(command: String, options: [String], scenarios: [String]) {
    self.command = command
    self.options = options
    self.scenarios = scenarios
  }

  /// The text written to `fingerprint.txt`.
  public var text: String {
    var lines = ["stepwell \(RunManifest.version)", "command \(command)"]
    lines += options.map { "option \($0)" }
    for (position, scenario) in scenarios.enumerated() {
      lines.append("scenario \(position + 1):")
      lines.append(scenario)
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// The run options that change results: the event budgets, `--records` and `--precision`.
  public static func options(_ options: RunOptions) -> [String] {
    [
      "events_per_replication=\(options.eventsPerReplication)", "events_per_run=\(options.eventsPerRun)",
      "records=\(options.records)", "precision=\(options.precision.map { String($0) } ?? "none")",
    ]
  }
}
