import NIOCore
import Testing

@testable import TeachingServer

/// The connection's clock, step by step with made-up times (no network).
@Suite struct ConnectionDeadlinesTests {
  let limits = ServerLimits(idleTimeout: 10, headerTimeout: 5, bodyTimeout: 4, lingerTime: 2)

  func at(_ seconds: Double) -> NIODeadline { .uptimeNanoseconds(UInt64(1_000_000_000 + seconds * 1e9)) }

  @Test func anIdleConnectionExpiresAfterTheIdleTimeout() {
    let clock = ConnectionDeadlines(limits: limits, now: at(0))
    #expect(clock.expired(at: at(9.9)) == nil)
    #expect(clock.expired(at: at(10)) == .idle)
  }

  @Test func theFirstByteStartsTheHeaderClock() {
    var clock = ConnectionDeadlines(limits: limits, now: at(0))
    clock.bytesArrived(at: at(8))
    #expect(clock.expired(at: at(12.9)) == nil, "the idle clock no longer runs")
    #expect(clock.expired(at: at(13)) == .head)
    clock.bytesArrived(at: at(12))
    #expect(clock.expired(at: at(13)) == .head, "more bytes of the same head do not restart it")
  }

  @Test func theHeadStartsTheBodyClockAndTheEndStopsIt() {
    var clock = ConnectionDeadlines(limits: limits, now: at(0))
    clock.bytesArrived(at: at(1))
    clock.headRead(at: at(2))
    #expect(clock.expired(at: at(5.9)) == nil)
    #expect(clock.expired(at: at(6)) == .body)
    clock.endRead(at: at(3))
    #expect(clock.next == nil, "no deadline while the request is answered")
    #expect(clock.expired(at: at(1000)) == nil)
  }

  @Test func aResponseRestartsTheIdleClock() {
    var clock = ConnectionDeadlines(limits: limits, now: at(0))
    clock.headRead(at: at(1))
    clock.endRead(at: at(1))
    clock.responseEnded(at: at(30))
    #expect(clock.expired(at: at(39.9)) == nil)
    #expect(clock.expired(at: at(40)) == .idle)
  }

  @Test func anEarlyResponseLeavesTheBodyClockRunning() {
    var clock = ConnectionDeadlines(limits: limits, now: at(0))
    clock.headRead(at: at(1))
    clock.responseEnded(at: at(1.5))
    #expect(clock.expired(at: at(5)) == .body)
    clock.endRead(at: at(2))
    #expect(clock.expired(at: at(11.9)) == nil)
    #expect(clock.expired(at: at(12)) == .idle)
  }

  @Test func pipelinedRequestsAreAnsweredBeforeTheIdleClockRestarts() {
    var clock = ConnectionDeadlines(limits: limits, now: at(0))
    clock.headRead(at: at(1))
    clock.endRead(at: at(1))
    clock.headRead(at: at(1))
    clock.endRead(at: at(1))
    clock.responseEnded(at: at(2))
    #expect(clock.next == nil, "one request is still being answered")
    clock.responseEnded(at: at(3))
    #expect(clock.expired(at: at(13)) == .idle)
  }

  @Test func lingeringEndsAfterTheLingerTimeAndIgnoresEverythingElse() {
    var clock = ConnectionDeadlines(limits: limits, now: at(0))
    clock.headRead(at: at(1))
    clock.startLingering(at: at(2))
    clock.headRead(at: at(2.5))
    clock.endRead(at: at(2.5))
    clock.responseEnded(at: at(3))
    clock.bytesArrived(at: at(3))
    #expect(clock.isLingering)
    #expect(clock.expired(at: at(3.9)) == nil)
    #expect(clock.expired(at: at(4)) == .linger)
  }
}
