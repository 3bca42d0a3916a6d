#if canImport(Glibc)
  import Dispatch
  import Foundation
  import Glibc

  /// A plain TCP client on 127.0.0.1 for tests that need to send what HTTP clients will not: half a
  /// head, half a body, bytes that are not HTTP. Every call blocks, so tests run it on a thread of
  /// its own (``LoopbackClient/run(_:)``), away from the Swift concurrency pool the server's handlers use.
  final class LoopbackClient: @unchecked Sendable {
    private let descriptor: Int32

    /// Connects to 127.0.0.1:`port`.
    init(port: Int) throws {
      descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
      guard descriptor >= 0 else { throw LoopbackError.socket }
      var address = sockaddr_in()
      address.sin_family = sa_family_t(AF_INET)
      address.sin_port = in_port_t(UInt16(port).bigEndian)
      address.sin_addr.s_addr = inet_addr("127.0.0.1")
      let connected = withUnsafePointer(to: &address) { pointer in
        pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) {
          connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
        }
      }
      guard connected == 0 else {
        Glibc.close(descriptor)
        throw LoopbackError.connect
      }
    }

    deinit { _ = Glibc.close(descriptor) }

    /// Sends all of `text`; false when the server has closed.
    @discardableResult
    func send(_ text: String) -> Bool {
      var bytes = Array(text.utf8)[...]
      while !bytes.isEmpty {
        let sent = bytes.withUnsafeBytes { Glibc.send(descriptor, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
        guard sent > 0 else { return false }
        bytes = bytes.dropFirst(sent)
      }
      return true
    }

    /// What was read, whether the server closed the connection, and after how many seconds.
    struct Reading {
      var text: String
      var closed: Bool
      var seconds: Double
    }

    /// Reads until the server closes the connection or `seconds` pass.
    func readUntilClosed(within seconds: Double) -> Reading {
      read(within: seconds) { _ in false }
    }

    /// Reads one whole response (its head and `Content-Length` bytes of body), or until the server
    /// closes or `seconds` pass.
    func readResponse(within seconds: Double) -> Reading {
      read(within: seconds) { bytes in HTTPReply(bytes)?.isComplete == true }
    }

    private func read(within seconds: Double, done: ([UInt8]) -> Bool) -> Reading {
      let start = DispatchTime.now()
      var bytes: [UInt8] = []
      var closed = false
      var buffer = [UInt8](repeating: 0, count: 65_536)
      while !done(bytes) {
        let left = seconds - elapsed(since: start)
        guard left > 0 else { break }
        var request = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        guard poll(&request, 1, Int32(left * 1000) + 1) > 0 else { continue }
        let count = buffer.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, $0.count, 0) }
        if count <= 0 {
          closed = true
          break
        }
        bytes += buffer[..<count]
      }
      return Reading(text: String(decoding: bytes, as: UTF8.self), closed: closed, seconds: elapsed(since: start))
    }

    private func elapsed(since start: DispatchTime) -> Double {
      Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
    }

    /// Runs blocking socket work on a thread of its own, so it holds no thread the server needs.
    static func run<Value: Sendable>(_ work: @escaping @Sendable () throws -> Value) async throws -> Value {
      try await withCheckedThrowingContinuation { continuation in
        Thread { continuation.resume(with: Result { try work() }) }.start()
      }
    }
  }

  enum LoopbackError: Error {
    case socket, connect, noPort
  }

  /// An HTTP/1.1 response read off the wire: status, header fields (lower-case names), body.
  struct HTTPReply {
    let status: Int
    let fields: [String: String]
    let body: String
    let isComplete: Bool

    init?(_ bytes: [UInt8]) {
      self.init(String(decoding: bytes, as: UTF8.self))
    }

    init?(_ text: String) {
      guard let split = text.range(of: "\r\n\r\n") else { return nil }
      let lines = text[..<split.lowerBound].components(separatedBy: "\r\n")
      guard let first = lines.first, let code = first.split(separator: " ").dropFirst().first.flatMap({ Int($0) })
      else { return nil }
      var fields: [String: String] = [:]
      for line in lines.dropFirst() {
        guard let colon = line.firstIndex(of: ":") else { continue }
        fields[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
      }
      status = code
      self.fields = fields
      body = String(text[split.upperBound...])
      isComplete = body.utf8.count >= Int(fields["content-length"] ?? "0") ?? 0
    }

    /// The `error` message of a JSON error body, or nil.
    var errorMessage: String? {
      guard fields["content-type"]?.hasPrefix("application/json") == true,
        let object = try? JSONSerialization.jsonObject(with: Data(body.utf8)) as? [String: Any]
      else { return nil }
      return object["error"] as? String
    }
  }
#endif
