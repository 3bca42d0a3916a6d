import Synchronization

/// Which `Host` header values the server answers: its own address and port only.
///
/// A web page the user visits elsewhere could otherwise reach the server by a DNS name that
/// resolves to 127.0.0.1 (DNS rebinding) and read its replies. Allowed: `127.0.0.1:PORT`,
/// `localhost:PORT` and `[::1]:PORT` with the port the server is bound to, and `HOST:PORT` for the
/// `--host` address when it is not a wildcard (0.0.0.0 or ::). A bare name without a port is
/// allowed only on port 80, where browsers leave the port out.
public final class HostCheck: Sendable {
  /// The names every server answers to, lower case.
  public static let loopbackNames = ["127.0.0.1", "localhost", "[::1]"]

  private let names: [String]
  private let boundPort: Atomic<Int>

  /// `host` is the address the server binds; `port` the port it binds (0 until known).
  public init(host: String, port: Int) {
    var names = HostCheck.loopbackNames
    let bound = host.lowercased()
    let bracketed = bound.contains(":") && !bound.hasPrefix("[") ? "[\(bound)]" : bound
    if !["0.0.0.0", "[::]", "[0:0:0:0:0:0:0:0]"].contains(bracketed), !names.contains(bracketed) {
      names.append(bracketed)
    }
    self.names = names
    boundPort = Atomic(port)
  }

  /// The port the server is bound to.
  public var port: Int { boundPort.load(ordering: .relaxed) }

  /// Records the port the server was bound to (when it was asked for port 0).
  public func bound(to port: Int) {
    boundPort.store(port, ordering: .relaxed)
  }

  /// True when `authority` (the request's `Host`) names this server.
  public func allows(_ authority: String?) -> Bool {
    guard let authority, !authority.isEmpty, authority.utf8.count <= 300 else { return false }
    let text = authority.lowercased()
    let port = port
    guard port > 0 else { return false }
    if port == 80, names.contains(text) { return true }
    return names.contains { text == "\($0):\(port)" }
  }
}
