import Foundation
import Hummingbird
import NIOCore
import NIOHTTP1
import NIOHTTPTypes
import NIOHTTPTypesHTTP1

/// Keeps one connection within ``ServerLimits``: closes it when idle, answers a head or body that
/// arrives too slowly with 408, answers malformed HTTP with a JSON 400 (or 431 for header fields
/// over the limit), and closes the connection after every response that says `Connection: close`
/// (every error response does).
///
/// It sits in the channel pipeline between the HTTP codec and the application. Closing is
/// graceful: the response is flushed, the write side shut, and what the client still sends is read
/// and dropped for at most `lingerTime` seconds before the socket closes, so the client reads the
/// error rather than a reset.
final class ConnectionGuard: ChannelDuplexHandler, RemovableChannelHandler {
  typealias InboundIn = HTTPRequestPart
  typealias InboundOut = HTTPRequestPart
  typealias OutboundIn = HTTPResponsePart
  typealias OutboundOut = HTTPResponsePart

  private var deadlines: ConnectionDeadlines
  private var timer: Scheduled<Void>?
  private var timerDeadline: NIODeadline?
  /// A response head has been written and not yet its end.
  private var responding = false
  /// The response being written closes the connection when it ends.
  private var closeAfterResponse = false
  /// The request being read already has (the start of) a response.
  private var currentAnswered = false

  init(limits: ServerLimits) {
    deadlines = ConnectionDeadlines(limits: limits, now: .now())
  }

  func handlerAdded(context: ChannelHandlerContext) {
    if context.channel.isActive { activate(context) }
  }

  func handlerRemoved(context: ChannelHandlerContext) {
    cancelTimer()
  }

  func channelActive(context: ChannelHandlerContext) {
    activate(context)
    context.fireChannelActive()
  }

  func channelInactive(context: ChannelHandlerContext) {
    cancelTimer()
    context.fireChannelInactive()
  }

  func channelRead(context: ChannelHandlerContext, data: NIOAny) {
    guard !deadlines.isLingering else { return }
    switch unwrapInboundIn(data) {
    case .head:
      deadlines.headRead(at: .now())
      currentAnswered = false
    case .body:
      break
    case .end:
      deadlines.endRead(at: .now())
    }
    reschedule(context)
    context.fireChannelRead(data)
  }

  func channelReadComplete(context: ChannelHandlerContext) {
    guard !deadlines.isLingering else { return }
    deadlines.bytesArrived(at: .now())
    reschedule(context)
    context.fireChannelReadComplete()
  }

  func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
    guard !deadlines.isLingering else {
      promise?.fail(ChannelError.ioOnClosedChannel)
      return
    }
    switch unwrapOutboundIn(data) {
    case .head(let response):
      responding = true
      currentAnswered = true
      closeAfterResponse = response.headerFields[.connection]?.lowercased().contains("close") == true
      context.write(data, promise: promise)
    case .body:
      context.write(data, promise: promise)
    case .end:
      responding = false
      context.write(data, promise: promise)
      if closeAfterResponse {
        closeGracefully(context)
      } else {
        deadlines.responseEnded(at: .now())
        reschedule(context)
      }
    }
  }

  func errorCaught(context: ChannelHandlerContext, error: any Error) {
    if deadlines.isLingering { return }
    guard error is HTTPParserError || error is HTTP1TypeConversionError else {
      context.fireErrorCaught(error)
      return
    }
    if responding {
      context.close(promise: nil)
    } else if error as? HTTPParserError == .headerOverflow {
      sendError(.headerTooLarge(limit: deadlines.limits.maxHeaderBytes), context: context)
    } else {
      sendError(.badRequest("the request is not valid HTTP/1.1 (\(error))"), context: context)
    }
  }

  func userInboundEventTriggered(context: ChannelHandlerContext, event: Any) {
    if deadlines.isLingering, case ChannelEvent.inputClosed = event {
      context.close(promise: nil)
      return
    }
    context.fireUserInboundEventTriggered(event)
  }

  /// Writes a JSON error response below the application, then closes gracefully.
  private func sendError(_ error: TeachingError, context: ChannelHandlerContext) {
    let body = TeachingJSON.error(error)
    let head = HTTPResponse(
      status: HTTPResponse.Status(code: error.statusCode),
      headerFields: ResponseHeaders.error(error, length: body.count))
    context.write(wrapOutboundOut(.head(head)), promise: nil)
    context.write(wrapOutboundOut(.body(context.channel.allocator.buffer(bytes: body))), promise: nil)
    context.write(wrapOutboundOut(.end(nil)), promise: nil)
    closeGracefully(context)
  }

  /// Flushes, shuts the write side, and drops input until the client closes or the linger ends.
  private func closeGracefully(_ context: ChannelHandlerContext) {
    deadlines.startLingering(at: .now())
    context.flush()
    context.close(mode: .output, promise: nil)
    reschedule(context)
  }

  private func activate(_ context: ChannelHandlerContext) {
    deadlines.opened(at: .now())
    reschedule(context)
  }

  private func expire(_ context: ChannelHandlerContext) {
    timer = nil
    timerDeadline = nil
    switch deadlines.expired(at: .now()) {
    case nil:
      reschedule(context)
    case .idle, .linger:
      context.close(promise: nil)
    case .head:
      sendError(.timedOut(seconds: deadlines.limits.headerTimeout), context: context)
    case .body:
      if responding || currentAnswered {
        context.close(promise: nil)
      } else {
        sendError(.timedOut(seconds: deadlines.limits.bodyTimeout), context: context)
      }
    }
  }

  /// Keeps one timer at the next deadline.
  private func reschedule(_ context: ChannelHandlerContext) {
    let next = deadlines.next
    guard next?.at != timerDeadline else { return }
    cancelTimer()
    guard let next else { return }
    timerDeadline = next.at
    timer = context.eventLoop.assumeIsolated().scheduleTask(deadline: next.at) { [self] in
      self.expire(context)
    }
  }

  private func cancelTimer() {
    timer?.cancel()
    timer = nil
    timerDeadline = nil
  }
}

@available(*, unavailable)
extension ConnectionGuard: Sendable {}
