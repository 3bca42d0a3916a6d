import ArgumentParser
import Foundation
import Scenario
import TeachingServer

/// `stepwell serve [--host 127.0.0.1] [--port 8080]`: the local teaching page.
struct ServeCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "serve",
    abstract: "Serve the teaching page: how capacity drives waits (http://127.0.0.1:8080/).",
    discussion: """
      Binds to 127.0.0.1 (this machine only) unless --host says otherwise. The page runs a few \
      replications of a preset (one-step, weekly-sessions, sandwell-standard-2009, sandwell-hub) through \
      POST /api/simulate (JSON only), and six staged lessons through POST /api/lesson, within the \
      ranges of docs/teaching-api.md and at most 2 \
      simulations at once. It answers only requests addressed to 127.0.0.1, localhost or [::1] with \
      its port, and closes connections that idle for 10 s or send a request too slowly. \
      The presets are read from Scenarios/ of the working folder, else from STEPWELL_SCENARIOS or \
      the installed scenarios, or from the folder --scenarios names.
      """)

  @Option(
    name: .long,
    help: "Address to bind (127.0.0.1: this machine only). Requests must name it, or a loopback name, with the port.")
  var host = "127.0.0.1"

  @Option(name: .long, help: "TCP port (0 picks a free one).")
  var port = 8080

  @Option(
    name: .long,
    help: ArgumentHelp(
      "The folder holding the ready scenarios (default: Scenarios/, else the installed ones).", valueName: "dir"))
  var scenarios: String?

  /// `Scenarios` of the working folder when it holds the presets, else the first folder of ready
  /// scenarios found as area files are (`STEPWELL_SCENARIOS`, the installed scenarios).
  static var defaultScenarios: String {
    guard let found = ScenarioSearch.find("sandwell-hub.yaml").found else { return "Scenarios" }
    let folder = URL(fileURLWithPath: found).deletingLastPathComponent()
    return folder.path == URL(fileURLWithPath: "Scenarios").standardizedFileURL.path ? "Scenarios" : folder.path
  }

  func validate() throws {
    guard (0...65_535).contains(port) else {
      throw ValidationError("--port \(port): allowed: a whole number from 0 to 65535")
    }
    guard !host.isEmpty, host.count <= 255 else {
      throw ValidationError("--host: allowed: an address such as 127.0.0.1")
    }
  }

  func run() async throws {
    let scenarios = scenarios ?? ServeCommand.defaultScenarios
    let catalog: PresetCatalog
    do {
      catalog = try PresetCatalog(scenariosDirectory: scenarios)
    } catch {
      CommandFailure.report(
        "cannot load the teaching presets from \(scenarios)/: \(error) (run from the repository root, set STEPWELL_SCENARIOS or pass --scenarios)"
      )
      throw ExitCode(2)
    }
    if case .failure(let error) = PageAssets.bundled {
      CommandFailure.report("cannot serve the teaching page: \(error)")
      throw ExitCode(1)
    }
    let server = TeachingServer(host: host, port: port, service: SimulationService(catalog: catalog))
    let host = host
    try await server.run { port in
      let line = "Stepwell teaching page: http://\(host):\(port)/ (Ctrl-C stops it)\n"
      FileHandle.standardOutput.write(Data(line.utf8))
    }
  }
}
