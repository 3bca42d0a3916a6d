import Hummingbird

/// The local teaching web page: `stepwell serve [--host 127.0.0.1] [--port 8080]`.
///
/// Binds to the loopback address unless told otherwise, serves the page and its API (see
/// ``TeachingRouter``), and runs until interrupted.
public struct TeachingServer: Sendable {
  /// The address to bind (default 127.0.0.1: this machine only).
  public let host: String
  /// The TCP port (0 picks a free one).
  public let port: Int
  /// The simulations behind the API.
  public let service: SimulationService

  public init(host: String = "127.0.0.1", port: Int = 8080, service: SimulationService) {
    self.host = host
    self.port = port
    self.service = service
  }

  /// The application, ready to run or test.
  public func application(
    onRunning: @escaping @Sendable (Int) async -> Void = { _ in }
  ) -> some ApplicationProtocol {
    Application(
      router: TeachingRouter.make(service: service),
      configuration: ApplicationConfiguration(address: .hostname(host, port: port), serverName: "stepwell"),
      onServerRunning: { channel in await onRunning(channel.localAddress?.port ?? 0) })
  }

  /// Serves until the process is interrupted (Ctrl-C or SIGTERM).
  public func run(onRunning: @escaping @Sendable (Int) async -> Void = { _ in }) async throws {
    try await application(onRunning: onRunning).runService()
  }
}
