/// How long a connection may take and how much it may hold before the server closes it.
///
/// Every time is in seconds. A connection's clock restarts whenever a response has been sent, so
/// a browser keeping its connection alive between runs is never cut off in the middle of a request.
public struct ServerLimits: Sendable, Equatable {
  /// A connection with no request under way is closed this long after it opened or after its last
  /// response (seconds).
  public var idleTimeout: Double
  /// From the first byte of a request to the end of its header fields (seconds); beyond it: 408.
  public var headerTimeout: Double
  /// From the end of the header fields to the end of the body (seconds); beyond it: 408.
  public var bodyTimeout: Double
  /// After an error response the server stops writing and reads (and drops) what the client is
  /// still sending for at most this long before it closes (seconds), so the client reads the error
  /// rather than a reset.
  public var lingerTime: Double
  /// Connections open at once; more wait in the kernel's backlog until one closes.
  public var maxConnections: Int
  /// The largest request line and header fields together (bytes); beyond it: 431.
  public var maxHeaderBytes: Int

  public init(
    idleTimeout: Double = 10, headerTimeout: Double = 5, bodyTimeout: Double = 5, lingerTime: Double = 2,
    maxConnections: Int = 512, maxHeaderBytes: Int = 16 * 1024
  ) {
    self.idleTimeout = idleTimeout
    self.headerTimeout = headerTimeout
    self.bodyTimeout = bodyTimeout
    self.lingerTime = lingerTime
    self.maxConnections = maxConnections
    self.maxHeaderBytes = maxHeaderBytes
  }

  /// The limits `stepwell serve` uses.
  public static let standard = ServerLimits()
}
