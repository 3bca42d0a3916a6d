import Foundation
import Population
import Scenario

/// `stepwell-bench --population NAME [--scale F] [--years Y]`: times drawing an area's synthetic
/// population (optionally scaled F times) and its referral inflow, and reports peak memory.
enum PopulationBenchmark {
  static let usage = "usage: stepwell-bench --population AREA [--scale F] [--years Y]\n"

  static func value(_ name: String, _ arguments: [String]) -> Double? {
    guard let index = arguments.firstIndex(of: name), index + 1 < arguments.count else { return nil }
    return Double(arguments[index + 1])
  }

  /// Resident memory now (MB), from /proc/self/statm; nil where it is not available.
  static func residentMegabytes() -> Double? {
    guard let text = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else { return nil }
    let fields = text.split(separator: " ")
    guard fields.count > 1, let pages = Double(fields[1]) else { return nil }
    return pages * Double(sysconf(Int32(_SC_PAGESIZE))) / 1_048_576
  }

  /// Runs the benchmark; returns the exit code.
  static func run(_ arguments: [String]) -> Int32 {
    guard let name = arguments.first, !name.hasPrefix("--") else {
      FileHandle.standardError.write(Data(usage.utf8))
      return 2
    }
    let scale = value("--scale", arguments) ?? 1
    let years = value("--years", arguments) ?? 5
    do {
      let area = try AreaLoader.load(name: name, scenariosDirectory: "Scenarios").scaled(by: scale)
      let before = residentMegabytes() ?? 0
      let started = Date()
      let population = SyntheticPopulation(area: area, seed: 1)
      let generation = Date().timeIntervalSince(started)
      let after = residentMegabytes() ?? 0
      let inflowStarted = Date()
      let inflow = ReferralInflow(population: population)
      let inflowSeconds = Date().timeIntervalSince(inflowStarted)
      let referralsStarted = Date()
      let referrals = inflow.referrals(replication: 0, seed: 1, horizonDays: years * 365.25)
      let referralSeconds = Date().timeIntervalSince(referralsStarted)
      let people = Double(population.count)
      print(
        String(
          format: "%@ x%g: %.0f people drawn in %.3f s (%.1f million people/s; resident memory +%.1f MB,"
            + " %.1f bytes a person); inflow built in %.3f s; %d referrals over %g years in %.3f s;"
            + " peak memory %.1f MB",
          area.name, scale, people, generation, people / generation / 1e6, after - before,
          (after - before) * 1_048_576 / people, inflowSeconds, referrals.count, years, referralSeconds,
          peakMemoryMegabytes()))
      return 0
    } catch {
      FileHandle.standardError.write(Data("stepwell-bench: \(error)\n".utf8))
      return 2
    }
  }
}
