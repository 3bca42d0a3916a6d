import Foundation
import Scenario

/// Runs a national scenario as a list of per-board work items.
///
/// Each item is one board's replications (its scenario, seeded from the national seed and the
/// board's code) and yields a `BoardResult`; `NationalRun(name:boards:targets:)` merges them in
/// board order. Here items run on up to `options.threads` threads (largest board first), one
/// board per thread, each board's replications in turn on its thread, so at most `threads`
/// boards' populations are held at once; the same items can be run by separate processes and
/// merged from their results.
public enum NationalRunner {
  /// The work items: each board's index into `scenario.boards`, in board order.
  public static func items(_ scenario: NationalScenario) -> [Int] { Array(scenario.boards.indices) }

  /// Runs one work item: board `index` of `scenario`.
  public static func runItem(_ index: Int, of scenario: NationalScenario, options: RunOptions) -> BoardResult {
    BoardResult.run(scenario.scenarios[index], plan: scenario.boards[index], options: options)
  }

  /// Runs every board and merges the results. `options.progress` hears boards done of all.
  public static func run(_ scenario: NationalScenario, options: RunOptions) -> NationalRun {
    let started = Date()
    let total = scenario.boards.count
    var reporter: (@Sendable (Int) -> Void)? = nil
    if let progress = options.progress { reporter = { done in progress(done, total) } }
    // Largest boards first, so no thread is left with a big board at the end; results are put
    // back in board order before merging.
    let order = scenario.boards.indices.sorted { a, b in
      let (left, right) = (scenario.boards[a].population, scenario.boards[b].population)
      return left != right ? left > right : a < b
    }
    let finished = ReplicationRunner.run(0..<total, threads: options.threads, progress: reporter) { offset in
      runItem(order[offset], of: scenario, options: options)
    }
    var results = finished
    for (offset, index) in order.enumerated() { results[index] = finished[offset] }
    var run = NationalRun(name: scenario.name, boards: results, targets: scenario.shared.design.targets)
    run.wallSeconds = Date().timeIntervalSince(started)
    return run
  }
}
