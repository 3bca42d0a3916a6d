import ArgumentParser
import Foundation
import Projection
import Scenario

/// Options shared by `run`, `compare` and `sweep`.
///
/// Numeric options are taken as text, whatever it looks like (`-1` included), and checked here,
/// so a bad value gets exit code 2 and a message naming the option and its allowed range rather
/// than the argument parser's usage error.
struct RunSettings: ParsableArguments {
  @Option(
    name: .long, parsing: .unconditional,
    help: ArgumentHelp(
      "Output folder (default: Output/<name>/, or Output/<name>--KEY=VALUE/ with --set).", valueName: "dir"))
  var out: String?

  @Option(
    name: .long, parsing: .unconditional,
    help: ArgumentHelp("Replications, 1 to 10000 (overrides the scenario's `replications`).", valueName: "n"))
  var replications: String?

  @Option(
    name: .long, parsing: .unconditional,
    help: ArgumentHelp(
      "Add replications until every key metric's 95% half-width is within P of its mean (0 < P < 1, e.g. 0.05); at most 200.",
      valueName: "p"))
  var precision: String?

  @Option(
    name: .long, parsing: .unconditional,
    help: ArgumentHelp("Master seed, 0 to 9223372036854775807 (overrides the scenario's `seed`).", valueName: "s"))
  var seed: String?

  @Option(
    name: .long, parsing: .unconditional,
    help: ArgumentHelp(
      "Horizon (overrides the scenario's `horizon`; care: 7 days to 50y, network: up to 1e9).", valueName: "t"))
  var horizon: String?

  @Option(
    name: .long, parsing: .unconditional,
    help: ArgumentHelp("Worker threads, 1 to 256 (default: all cores).", valueName: "k"))
  var threads: String?

  @Option(
    name: .customLong("set"),
    help: ArgumentHelp("Override a scenario value: KEY=VALUE (repeatable).", valueName: "key=value"))
  var overrides: [String] = []

  @Flag(name: .long, help: "Keep per-entity records: exact percentiles.")
  var records = false

  @Flag(name: .long, help: "No progress on stderr.")
  var quiet = false

  @OptionGroup var workbook: WorkbookOption

  /// The allowed values of each numeric option.
  static let replicationsRange = ScenarioLimits.replications
  static let threadsRange = 1...256
  static let seedRange = 0...Int.max

  /// Checks option values; the message goes to stderr and the exit code is 2.
  func checked() throws -> [SetOverride] {
    let replications = try OptionValue.integer(replications, "--replications", RunSettings.replicationsRange)
    let precision = try OptionValue.fraction(precision, "--precision")
    if replications != nil, precision != nil {
      throw InputError("--replications and --precision: allowed: one or the other, not both")
    }
    _ = try OptionValue.integer(threads, "--threads", RunSettings.threadsRange)
    let seed = try OptionValue.integer(seed, "--seed", RunSettings.seedRange)
    var result: [SetOverride] = []
    if let replications { result.append(OptionValue.override("replications", replications)) }
    if let seed { result.append(OptionValue.override("seed", seed)) }
    if let horizon { result.append(OptionValue.override("horizon", horizon)) }
    for text in overrides { result.append(try SetOverride(text)) }
    return result
  }

  /// Refuses `--records` for a model that writes no records.
  func checkRecords(_ design: any ProjectedModel) throws {
    guard records, let reason = type(of: design).recordsUnavailable else { return }
    throw InputError("--records: \(reason); allowed: --records with a network scenario only")
  }

  /// Run options with progress on stderr when it is a terminal and not `--quiet`; call after
  /// `checked()`.
  func runOptions(noun: String = "replications") -> RunOptions {
    let threads = (try? OptionValue.integer(threads, "--threads", RunSettings.threadsRange)) ?? nil
    let precision = (try? OptionValue.fraction(precision, "--precision")) ?? nil
    var options = RunOptions(
      threads: threads ?? ReplicationRunner.availableCores, precision: precision, records: records,
      progress: quiet ? nil : ProgressLine.reporter(noun))
    if let events = RunSettings.eventsPerRunOverride {
      options.eventsPerRun = events
      options.eventsPerReplication = min(options.eventsPerReplication, events)
    }
    return options
  }

  /// `STEPWELL_EVENTS_PER_RUN`: a smaller event budget, so tests can reach it quickly.
  static var eventsPerRunOverride: Int? {
    ProcessInfo.processInfo.environment["STEPWELL_EVENTS_PER_RUN"].flatMap { Int($0) }.map { max(0, $0) }
  }
}

/// Bad input found by the tool itself (option values): exit code 2.
struct InputError: Error, CustomStringConvertible {
  let description: String
  init(_ description: String) { self.description = description }
}
