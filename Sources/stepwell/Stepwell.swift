import ArgumentParser

/// The `stepwell` command: simulate stepped-care services and queueing networks.
///
/// Async so that `serve` can run a server; the other subcommands stay synchronous.
@main
struct Stepwell: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "stepwell",
    abstract: "Discrete-event simulator and capacity planner for stepped mental-health care.",
    discussion: """
      Exit codes: 0 success; 2 invalid input (scenario content, --set, option values), with one \
      message naming the file, the key path and what is allowed, and nothing written; 1 a failure \
      while running or writing.
      """,
    version: "0.1.0",
    subcommands: [
      RunCommand.self, ValidateCommand.self, CompareCommand.self, SweepCommand.self, PlanCommand.self, InitCommand.self,
      PSACommand.self, PopulationCommand.self,
      ServeCommand.self,
    ]
  )
}
