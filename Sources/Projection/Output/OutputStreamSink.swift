import Foundation

/// A file written in pieces through a 64 KiB buffer.
public struct OutputStreamSink {
  private let handle: FileHandle
  private var buffer: [UInt8] = []
  /// Bytes held before they are written out.
  static let bufferSize = 1 << 16

  init(url: URL) throws {
    guard FileManager.default.createFile(atPath: url.path, contents: nil) else {
      throw CocoaError(.fileWriteNoPermission, userInfo: [NSFilePathErrorKey: url.path])
    }
    handle = try FileHandle(forWritingTo: url)
    buffer.reserveCapacity(OutputStreamSink.bufferSize)
  }

  /// Appends `text`.
  public mutating func write(_ text: String) throws {
    buffer.append(contentsOf: text.utf8)
    if buffer.count >= OutputStreamSink.bufferSize { try flush() }
  }

  mutating func flush() throws {
    guard !buffer.isEmpty else { return }
    try handle.write(contentsOf: buffer)
    buffer.removeAll(keepingCapacity: true)
  }

  mutating func close() throws {
    try flush()
    try handle.close()
  }
}
