#if canImport(Glibc)
  import Foundation
  import Hummingbird
  import Testing

  @testable import TeachingServer

  /// The real server on a free loopback port, with short timeouts, driven byte by byte: idle and slow
  /// connections are closed, malformed HTTP gets JSON, and every error closes the connection.
  ///
  /// Each test opens one or two connections and waits at most a few seconds.
  @Suite struct LiveServerTests {
    /// Limits short enough that each test takes a few seconds, and long enough that a server on a
    /// machine busy with the rest of the test suite answers well inside them (seconds).
    static let limits = ServerLimits(idleTimeout: 4, headerTimeout: 2, bodyTimeout: 2, lingerTime: 0.5)
    /// The longest any test waits for the server (seconds), generous for a loaded machine.
    static let patience = 20.0
    /// `limits` with header and body timeouts as long as the tests' patience, for a test whose
    /// answer must come from the request itself: on a loaded machine the handler may start after
    /// the short timeouts have passed, which would turn its answer into a 408.
    static let patientLimits = ServerLimits(
      idleTimeout: limits.idleTimeout, headerTimeout: patience, bodyTimeout: patience, lingerTime: limits.lingerTime)

    @Test func anIdleConnectionIsClosedAfterTheIdleTimeout() async throws {
      let reading = try await withConnection { client, _ in client.readUntilClosed(within: Self.patience) }
      #expect(reading.closed)
      #expect(reading.text.isEmpty, "an idle connection is closed without a response")
      #expect(reading.seconds >= Self.limits.idleTimeout * 0.9)
      #expect(reading.seconds < Self.limits.idleTimeout + 4)
    }

    @Test func aSlowHeadGets408AndIsClosed() async throws {
      let reading = try await withConnection { client, port in
        client.send("GET / HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nX-Slow: ")
        return client.readUntilClosed(within: Self.patience)
      }
      try expectError(reading, status: 408, mentioning: "within 2 seconds")
      #expect(reading.seconds >= Self.limits.headerTimeout * 0.9)
    }

    @Test func aSlowBodyGets408AndIsClosed() async throws {
      let reading = try await withConnection { client, port in
        client.send(Self.post(port: port, length: 100) + #"{"preset": "#)
        return client.readUntilClosed(within: Self.patience)
      }
      try expectError(reading, status: 408, mentioning: "seconds")
    }

    @Test(arguments: [
      "THIS IS NOT HTTP\r\n\r\n", "GET / HTTP/1.1\r\nHost: a\r\nBad Header\r\n\r\n", "GET /\0 HTTP/1.1\r\n\r\n",
    ])
    func malformedHTTPGetsAJSON400AndIsClosed(_ garbage: String) async throws {
      let reading = try await withConnection { client, _ in
        client.send(garbage)
        return client.readUntilClosed(within: Self.patience)
      }
      try expectError(reading, status: 400, mentioning: "HTTP")
    }

    @Test func headerFieldsOverTheLimitGet431() async throws {
      let reading = try await withConnection { client, port in
        let big = String(repeating: "a", count: Self.limits.maxHeaderBytes + 100)
        client.send("GET / HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nX-Big: \(big)\r\n\r\n")
        return client.readUntilClosed(within: Self.patience)
      }
      try expectError(reading, status: 431, mentioning: "\(Self.limits.maxHeaderBytes) bytes")
    }

    @Test func aBodyDeclaredTooLargeGets413AndTheConnectionCloses() async throws {
      let (response, end) = try await withConnection(limits: Self.patientLimits) { client, port in
        client.send(Self.post(port: port, length: 10_000_000) + String(repeating: " ", count: 4096))
        return (client.readResponse(within: Self.patience), client.readUntilClosed(within: Self.patience))
      }
      let reading = LoopbackClient.Reading(
        text: response.text + end.text, closed: end.closed, seconds: response.seconds + end.seconds)
      try expectError(reading, status: 413, mentioning: "16384 bytes")
      #expect(
        end.seconds < Self.patientLimits.lingerTime + 3,
        "the connection closes soon after the error, without waiting for the declared body")
    }

    @Test func anErrorClosesTheConnectionAtOnce() async throws {
      let reading = try await withConnection { client, port in
        client.send(Self.post(port: port, length: 2, type: "text/plain") + "{}")
        return client.readUntilClosed(within: Self.patience)
      }
      try expectError(reading, status: 415, mentioning: "application/json")
      #expect(reading.seconds < Self.limits.idleTimeout, "closed after the error, not by the idle timeout")
    }

    @Test func anotherHostGets421OverTheNetwork() async throws {
      let reading = try await withConnection { client, port in
        client.send("GET / HTTP/1.1\r\nHost: rebound.example:\(port)\r\n\r\n")
        return client.readUntilClosed(within: Self.patience)
      }
      try expectError(reading, status: 421, mentioning: "rebound.example")
    }

    @Test func aGoodConnectionIsKeptForTheNextRequest() async throws {
      let (first, second, end) = try await withConnection { client, port in
        let get = "GET /api/presets HTTP/1.1\r\nHost: localhost:\(port)\r\n\r\n"
        client.send(get)
        let first = client.readResponse(within: Self.patience)
        client.send(get)
        let second = client.readResponse(within: Self.patience)
        return (first, second, client.readUntilClosed(within: Self.patience))
      }
      #expect(HTTPReply(first.text)?.status == 200)
      #expect(!first.closed)
      #expect(HTTPReply(second.text)?.status == 200, "the same connection answers again")
      #expect(end.closed && end.text.isEmpty, "then it is closed after the idle timeout")
    }

    /// A POST head to the API of `length` body bytes.
    static func post(port: Int, length: Int, type: String = "application/json") -> String {
      "POST /api/simulate HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nContent-Type: \(type)\r\n"
        + "Content-Length: \(length)\r\n\r\n"
    }

    func expectError(
      _ reading: LoopbackClient.Reading, status: Int, mentioning words: String,
      sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
      let reply = try #require(HTTPReply(reading.text), "no response: \(reading.text)", sourceLocation: sourceLocation)
      #expect(reply.status == status, sourceLocation: sourceLocation)
      #expect(reply.fields["connection"] == "close", sourceLocation: sourceLocation)
      let message = try #require(reply.errorMessage, "not a JSON error: \(reply.body)", sourceLocation: sourceLocation)
      #expect(message.contains(words), "\(message)", sourceLocation: sourceLocation)
      #expect(reading.closed, "the server closed the connection", sourceLocation: sourceLocation)
    }

    /// Starts the server on a free loopback port with `limits` (its tasks on ``ServerExecutor``),
    /// connects once, runs `work` on a thread of its own.
    func withConnection<Value: Sendable>(
      limits: ServerLimits = LiveServerTests.limits, _ work: @escaping @Sendable (LoopbackClient, Int) throws -> Value
    ) async throws -> Value {
      let server = try makeServer(port: 0, limits: limits)
      let (ports, continuation) = AsyncStream.makeStream(of: Int.self)
      let app = server.application { port in continuation.yield(port) }
      let running = Task(executorPreference: ServerExecutor.shared) { try await app.run() }
      defer { running.cancel() }
      var iterator = ports.makeAsyncIterator()
      guard let port = await iterator.next(), port > 0 else { throw LoopbackError.noPort }
      return try await LoopbackClient.run {
        let client = try LoopbackClient(port: port)
        return try work(client, port)
      }
    }
  }
#endif
