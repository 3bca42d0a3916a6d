// stepwell-bench: the speed benchmark behind `make bench`.
//
// Usage: stepwell-bench SCENARIO.yaml [--replications N] [--threads K] [--horizon T]
//        stepwell-bench --population AREA [--scale F] [--years Y]   (see PopulationBenchmark.swift)
// Runs the scenario's replications (default: one) with its seed and prints engine events per
// second of wall time, the wall time and the process's peak resident memory. Run each model in
// its own process so the peak memory belongs to that model alone.
import Foundation
import Projection
import Scenario
import SimCore

func peakMemoryMegabytes() -> Double {
  var usage = rusage()
  getrusage(RUSAGE_SELF.rawValue, &usage)
  return Double(usage.ru_maxrss) / 1024  // ru_maxrss is in KiB on Linux
}

func option(_ name: String, _ arguments: [String]) -> Int? {
  guard let index = arguments.firstIndex(of: name), index + 1 < arguments.count else { return nil }
  return Int(arguments[index + 1])
}

let arguments = Array(CommandLine.arguments.dropFirst())
if arguments.first == "--population" { exit(PopulationBenchmark.run(Array(arguments.dropFirst()))) }
guard let path = arguments.first else {
  FileHandle.standardError.write(
    Data("usage: stepwell-bench SCENARIO.yaml [--replications N] [--threads K] [--horizon T]\n".utf8))
  exit(2)
}
/// Runs `replications` replications of `design` on `threads` threads and prints the figures.
func measure<Design: ModelDesign>(_ design: Design, replications: Int, threads: Int) {
  let world = design.makeWorld()
  let started = Date()
  let results = ReplicationRunner.run(0..<replications, threads: threads) {
    design.runReplication($0, in: world, records: false, eventLimit: .max)
  }
  let wall = Date().timeIntervalSince(started)
  let events = results.reduce(0) { $0 + $1.events }
  let line = String(
    format: "%@: %d replication(s) on %d thread(s): %d events in %.3f s = %.2f million events/s; peak memory %.1f MB",
    design.name, replications, threads, events, wall, Double(events) / wall / 1e6, peakMemoryMegabytes())
  print(line)
}

do {
  var overrides: [SetOverride] = []
  if let horizon = option("--horizon", arguments) { overrides.append(try SetOverride("horizon=\(horizon)")) }
  let loaded = try LoadedScenario.load(path: path, overrides: overrides)
  measure(
    loaded.design, replications: option("--replications", arguments) ?? 1,
    threads: option("--threads", arguments) ?? 1)
} catch {
  FileHandle.standardError.write(Data("stepwell-bench: \(error)\n".utf8))
  exit(2)
}
