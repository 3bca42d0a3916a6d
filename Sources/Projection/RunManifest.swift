import Foundation

/// What `manifest.json` records about how a run was made. It is the one output file that
/// differs between identical runs (threads, wall time, date).
public struct RunManifest: Sendable {
  /// Stepwell's version.
  public static let version = "0.1.0"

  public var command: [String]
  public var scenarioFile: String
  public var seed: UInt64
  public var replications: Int
  public var threads: Int
  public var wallSeconds: Double
  public var events: Int
  public var precision: Double?
  /// The command whose output folder holds this manifest.
  public var kind: OutputKind
  /// The warm-up check of the run, when the folder holds one run's results.
  public var warmupCheck: WarmupCheck?
  /// The `--set` overrides, as typed; written only when there are any.
  public var overrides: [String] = []

  public init(
    command: [String], scenarioFile: String, seed: UInt64, replications: Int, threads: Int,
    wallSeconds: Double, events: Int, precision: Double?, kind: OutputKind = .run
  ) {
    self.kind = kind
    self.command = command
    self.scenarioFile = scenarioFile
    self.seed = seed
    self.replications = replications
    self.threads = threads
    self.wallSeconds = wallSeconds
    self.events = events
    self.precision = precision
  }

  /// The manifest as JSON.
  public var json: JSONValue {
    let formatter = ISO8601DateFormatter()
    return .object(
      [
        ("stepwell_version", .string(RunManifest.version)),
        ("output_of", .string(kind.rawValue)),
        ("command", .array(command.map { .string($0) })),
        ("scenario_file", .string(scenarioFile)),
      ] + OverrideNaming.jsonFields(overrides) + [
        ("seed", .string(String(seed))),
        ("replications", .number(Double(replications))),
        ("threads", .number(Double(threads))),
        ("precision", .number(precision)),
        ("wall_seconds", .number(wallSeconds)),
        ("events", .number(Double(events))),
        ("events_per_second", .number(wallSeconds > 0 ? Double(events) / wallSeconds : nil)),
        ("finished_at", .string(formatter.string(from: Date()))),
      ] + (warmupCheck.map { [("warmup_check", $0.json)] } ?? []))
  }
}
