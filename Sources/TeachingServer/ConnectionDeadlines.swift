import NIOCore

/// When a connection must next have done something, and what it means when it has not.
///
/// A pure state machine: ``ConnectionGuard`` feeds it what the connection read and wrote, with the
/// time, and asks for the next deadline. A connection is in one of five phases:
///
/// | phase | deadline | when it passes |
/// |---|---|---|
/// | waiting: no request under way, no byte of the next | `idleTimeout` after it opened or last answered | close |
/// | reading a head: some bytes, header fields not complete | `headerTimeout` after the first byte | 408, close |
/// | reading a body: header fields read, not the end | `bodyTimeout` after the header fields | 408, close |
/// | answering: a request read, its response not finished | none (the request ranges bound the work) | |
/// | lingering: an error sent; input dropped | `lingerTime` after the error | close |
struct ConnectionDeadlines: Equatable {
  /// What a passed deadline means.
  enum Expiry: Equatable {
    case idle, head, body, linger
  }

  enum Phase: Equatable {
    case waiting(since: NIODeadline)
    case readingHead(since: NIODeadline)
    case readingBody(since: NIODeadline)
    case answering
    case lingering(since: NIODeadline)
  }

  let limits: ServerLimits
  private(set) var phase: Phase
  /// Requests whose header fields were read and whose response has not ended.
  private(set) var unanswered = 0

  init(limits: ServerLimits, now: NIODeadline) {
    self.limits = limits
    phase = .waiting(since: now)
  }

  var isLingering: Bool {
    if case .lingering = phase { return true }
    return false
  }

  /// Restarts the idle clock (the connection has just become active).
  mutating func opened(at now: NIODeadline) {
    if case .waiting = phase { phase = .waiting(since: now) }
  }

  /// Bytes arrived; when nothing was under way they start a request's head.
  mutating func bytesArrived(at now: NIODeadline) {
    if case .waiting = phase { phase = .readingHead(since: now) }
  }

  /// A request's header fields were read.
  mutating func headRead(at now: NIODeadline) {
    guard !isLingering else { return }
    unanswered += 1
    phase = .readingBody(since: now)
  }

  /// A request's end was read.
  mutating func endRead(at now: NIODeadline) {
    guard case .readingBody = phase else { return }
    phase = unanswered > 0 ? .answering : .waiting(since: now)
  }

  /// A response ended.
  mutating func responseEnded(at now: NIODeadline) {
    guard !isLingering else { return }
    unanswered = max(0, unanswered - 1)
    if phase == .answering, unanswered == 0 { phase = .waiting(since: now) }
  }

  /// An error response was sent: from now on input is dropped until the connection closes.
  mutating func startLingering(at now: NIODeadline) {
    if !isLingering { phase = .lingering(since: now) }
  }

  /// The next deadline and what its passing means; nil while a request is being answered.
  var next: (at: NIODeadline, expiry: Expiry)? {
    switch phase {
    case .waiting(let since): return (since + Self.amount(limits.idleTimeout), .idle)
    case .readingHead(let since): return (since + Self.amount(limits.headerTimeout), .head)
    case .readingBody(let since): return (since + Self.amount(limits.bodyTimeout), .body)
    case .answering: return nil
    case .lingering(let since): return (since + Self.amount(limits.lingerTime), .linger)
    }
  }

  /// The deadline that has passed at `now`, if any.
  func expired(at now: NIODeadline) -> Expiry? {
    guard let next, next.at <= now else { return nil }
    return next.expiry
  }

  /// Seconds as a NIO time amount (nanoseconds), at least zero.
  static func amount(_ seconds: Double) -> TimeAmount {
    .nanoseconds(Int64(max(0, min(seconds, 1e9)) * 1e9))
  }
}
