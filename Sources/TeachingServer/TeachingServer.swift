import Hummingbird
import HummingbirdCore

/// The local teaching web page: `stepwell serve [--host 127.0.0.1] [--port 8080]`.
///
/// Binds to the loopback address unless told otherwise, serves the page and its API (see
/// ``TeachingRouter``), keeps every connection within ``ServerLimits`` (see ``ConnectionGuard``),
/// answers only requests whose `Host` names it (see ``HostCheck``), and runs until interrupted.
public struct TeachingServer: Sendable {
  /// The address to bind (default 127.0.0.1: this machine only).
  public let host: String
  /// The TCP port (0 picks a free one).
  public let port: Int
  /// The simulations behind the API.
  public let service: SimulationService
  /// Timeouts and sizes of connections.
  public let limits: ServerLimits
  /// The `Host` values answered; learns the port once the server is bound.
  public let hostCheck: HostCheck

  public init(
    host: String = "127.0.0.1", port: Int = 8080, service: SimulationService, limits: ServerLimits = .standard
  ) {
    self.host = host
    self.port = port
    self.service = service
    self.limits = limits
    hostCheck = HostCheck(host: host, port: port)
  }

  /// The application, ready to run or test; `onRunning` receives the bound port.
  public func application(
    onRunning: @escaping @Sendable (Int) async -> Void = { _ in }
  ) -> some ApplicationProtocol {
    let limits = limits
    let hostCheck = hostCheck
    return Application(
      router: TeachingRouter.make(service: service, hostCheck: hostCheck),
      server: .http1(
        configuration: HTTP1Channel.Configuration(
          additionalChannelHandlers: [ConnectionGuard(limits: limits)],
          httpDecoderConfiguration: .init(
            maxHeaderFieldSize: limits.maxHeaderBytes, maxHeaderListSize: limits.maxHeaderBytes,
            maxHeaderFieldCount: 100))),
      configuration: ApplicationConfiguration(
        address: .hostname(host, port: port), serverName: "stepwell",
        availableConnectionsDelegate: MaximumAvailableConnections(limits.maxConnections)),
      onServerRunning: { channel in
        let bound = channel.localAddress?.port ?? 0
        hostCheck.bound(to: bound)
        await onRunning(bound)
      })
  }

  /// Serves until the process is interrupted (Ctrl-C or SIGTERM).
  public func run(onRunning: @escaping @Sendable (Int) async -> Void = { _ in }) async throws {
    try await application(onRunning: onRunning).runService()
  }
}
