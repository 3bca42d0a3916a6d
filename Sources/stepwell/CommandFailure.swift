import ArgumentParser
import Foundation
import Projection
import Scenario

/// Maps errors to the exit codes the README lists: 2 for invalid input, 1 for failures while
/// running or writing. The message goes to stderr on one line.
enum CommandFailure {
  static func exit(for error: Error) -> ExitCode {
    switch error {
    case let error as ScenarioError:
      report(error.description)
      return ExitCode(2)
    case let error as InputError:
      report(error.description)
      return ExitCode(2)
    case let error as PlanError:
      report(error.description)
      return ExitCode(2)
    case let error as OutputRefusal:
      report(error.description)
      return ExitCode(2)
    case let error as ShardError:
      report(error.description)
      return ExitCode(2)
    case let error as WorkbookUnavailable:
      report(error.description)
      return ExitCode(2)
    case let error as WriteFailure:
      if let refusal = error.underlying as? OutputRefusal {
        report(refusal.description)
        return ExitCode(2)
      }
      report("failed: \(error.localizedDescription)")
      return ExitCode(1)
    case let error as EventLimitFailure:
      report(error.description)
      return ExitCode(1)
    case let error as ExitCode:
      return error
    default:
      report("failed: \(error.localizedDescription)")
      return ExitCode(1)
    }
  }

  static func report(_ message: String) {
    FileHandle.standardError.write(Data("error: \(message)\n".utf8))
  }

  /// Runs `body`, turning thrown errors into the right exit code.
  static func guarding(_ body: () throws -> Void) throws {
    do { try body() } catch { throw exit(for: error) }
  }
}
