import Foundation
import Scenario

extension NationalRunner {
  /// A national run as work items: one per board (`board-E54000025`, from the board's ONS code),
  /// each running every replication of its board on one thread with the board's own seed (the
  /// national seed and the board's code). Merged in board order, the items give the files a
  /// single-process run writes.
  public struct Work: ShardedWork {
    /// The national scenario, every board's scenario derived.
    public let scenario: NationalScenario
    /// Threads and event budgets (progress is not reported).
    public let options: RunOptions

    public init(scenario: NationalScenario, options: RunOptions) {
      self.scenario = scenario
      var quiet = options
      quiet.progress = nil
      self.options = quiet
    }

    public var workItems: [WorkItem] {
      scenario.boards.map { board in
        WorkItem(
          id: "board-\(board.code)",
          description: "\(board.title) (\(board.areaName), \(board.population) people)")
      }
    }

    public var runsItemsInParallel: Bool { true }

    public func runItem(_ index: Int) throws -> BoardResult {
      let result = NationalRunner.runItem(index, of: scenario, options: options)
      if let replication = result.stoppedReplication {
        throw NationalBoardStopped(code: result.plan.code, replication: replication)
      }
      return result
    }

    /// The fingerprint: the national scenario's effective YAML (its boards and every override)
    /// and the run options.
    public var fingerprint: CommandFingerprint {
      CommandFingerprint(
        command: "run", options: CommandFingerprint.options(options), scenarios: [scenario.effectiveYAML])
    }
  }
}

/// A board's replication stopped at its event limit, so the board's item would be incomplete.
public struct NationalBoardStopped: Error, LocalizedError, CustomStringConvertible {
  /// The board's ONS code.
  public let code: String
  /// The replication that stopped (0-based).
  public let replication: Int

  public init(code: String, replication: Int) {
    self.code = code
    self.replication = replication
  }

  public var description: String {
    "board \(code), replication \(replication + 1): stopped at the event limit; its results would be incomplete"
  }

  public var errorDescription: String? { description }
}
