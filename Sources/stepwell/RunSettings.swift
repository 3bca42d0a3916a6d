import ArgumentParser
import Foundation
import Projection
import Scenario

/// Options shared by `run`, `compare` and `sweep`.
struct RunSettings: ParsableArguments {
  @Option(name: .long, help: "Output folder (default: Output/<name>/).")
  var out: String?

  @Option(name: .long, help: "Replications (overrides the scenario's `replications`).")
  var replications: Int?

  @Option(
    name: .long,
    help: "Add replications until every key metric's 95% half-width is within P of its mean (e.g. 0.05); at most 200.")
  var precision: Double?

  @Option(name: .long, help: "Master seed (overrides the scenario's `seed`).")
  var seed: Int?

  @Option(name: .long, help: "Horizon (overrides the scenario's `horizon`).")
  var horizon: String?

  @Option(name: .long, help: "Worker threads (default: all cores).")
  var threads: Int?

  @Option(name: .customLong("set"), help: "Override a scenario value: KEY=VALUE (repeatable).")
  var overrides: [String] = []

  @Flag(name: .long, help: "Keep per-entity records: exact percentiles.")
  var records = false

  @Flag(name: .long, help: "No progress on stderr.")
  var quiet = false

  /// Checks option values; the message goes to stderr and the exit code is 2.
  func checked() throws -> [SetOverride] {
    if let replications, replications < 1 || replications > 10_000 {
      throw InputError("--replications \(replications): allowed: a whole number from 1 to 10000")
    }
    if let precision, !(precision > 0 && precision < 1) {
      throw InputError("--precision \(precision): allowed: a fraction above 0 and below 1, e.g. 0.05")
    }
    if replications != nil, precision != nil {
      throw InputError("--replications and --precision: allowed: one or the other, not both")
    }
    if let threads, threads < 1 || threads > 256 {
      throw InputError("--threads \(threads): allowed: a whole number from 1 to 256")
    }
    if let seed, seed < 0 { throw InputError("--seed \(seed): allowed: a whole number >= 0") }
    var result: [SetOverride] = []
    if let replications {
      result.append(
        SetOverride(path: ["replications"], value: String(replications), argument: "--replications \(replications)"))
    }
    if let seed { result.append(SetOverride(path: ["seed"], value: String(seed), argument: "--seed \(seed)")) }
    if let horizon { result.append(SetOverride(path: ["horizon"], value: horizon, argument: "--horizon \(horizon)")) }
    for text in overrides { result.append(try SetOverride(text)) }
    return result
  }

  /// Refuses `--records` for a model that writes no records.
  func checkRecords(_ design: any ProjectedModel) throws {
    guard records, let reason = type(of: design).recordsUnavailable else { return }
    throw InputError("--records: \(reason); allowed: --records with a network scenario only")
  }

  /// Run options with progress on stderr when it is a terminal and not `--quiet`.
  func runOptions() -> RunOptions {
    RunOptions(
      threads: threads ?? ReplicationRunner.availableCores, precision: precision, records: records,
      progress: quiet ? nil : ProgressLine.reporter())
  }
}

/// Bad input found by the tool itself (option values): exit code 2.
struct InputError: Error, CustomStringConvertible {
  let description: String
  init(_ description: String) { self.description = description }
}
