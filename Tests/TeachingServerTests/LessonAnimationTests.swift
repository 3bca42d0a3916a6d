import Foundation
import QueueingNetwork
import Testing

@testable import TeachingServer

/// The event log the page replays: the real arrivals, starts and ends of replication 1, each start
/// on a free place, in time order, and the same run as the unlogged one.
@Suite struct LessonAnimationTests {
  func animated(_ id: String) throws -> LessonResponse {
    let lesson = try #require(LessonCatalog.lesson(id))
    var values = lesson.defaults
    values.replications = 2
    return try LessonRun.run(try LessonRequest(lesson: lesson, values: values, animate: true))
  }

  @Test(arguments: LessonCatalog.all.map(\.id))
  func everyLessonLogsAConsistentSequence(_ id: String) throws {
    let response = try animated(id)
    for setUp in response.setups {
      let animation = try #require(setUp.animation, "\(id): \(setUp.label)")
      let events = animation.events
      #expect(events.count > 10, "\(id): \(setUp.label) logs \(events.count) events")
      #expect(zip(events, events.dropFirst()).allSatisfy { $0.t <= $1.t }, "in time order")
      #expect(events.allSatisfy { $0.t <= animation.untilDays })
      var occupant: [[Int?]] = animation.placesPerList.map { Array(repeating: nil, count: $0) }
      var waiting = Set<Int>()
      for event in events {
        switch event.kind {
        case "arrival":
          #expect(event.place == nil)
          waiting.insert(event.person)
        case "start":
          let place = try #require(event.place)
          #expect(place < occupant[event.list].count, "a place the list has")
          #expect(occupant[event.list][place] == nil, "\(id): person \(event.person) starts on a free place")
          #expect(waiting.remove(event.person) != nil, "\(id): person \(event.person) arrived before starting")
          occupant[event.list][place] = event.person
        case "end":
          let place = try #require(event.place)
          #expect(occupant[event.list][place] == event.person, "\(id): the end frees the person's own place")
          occupant[event.list][place] = nil
        default:
          Issue.record("unknown kind \(event.kind)")
        }
      }
    }
  }

  @Test func theLogCountsEveryEventOfTheRunAndLeavesItUnchanged() throws {
    let lesson = try #require(LessonCatalog.lesson("missed-appointments"))
    let setUp = lesson.variants[0].setUp(lesson.defaults)
    let design = try setUp.design(horizonDays: 70, warmupDays: 0, replications: 1, seed: 7)
    let logged = NetworkSimulation.run(design, replication: 0, log: EventLogRequest(until: 70, limit: 100_000))
    let plain = NetworkSimulation.run(design, replication: 0)
    let totals = logged.totals[0]
    #expect(logged.eventLog.filter { $0.kind == .arrival }.count == totals.arrivals)
    #expect(logged.eventLog.filter { $0.kind == .start }.count == totals.starts)
    #expect(logged.eventLog.filter { $0.kind == .end }.count == totals.completions)
    #expect(totals.arrivals > totals.starts && totals.starts > 200)
    #expect(plain.totals == logged.totals, "logging changes nothing in the run")
    #expect(plain.metrics.map(\.value) == logged.metrics.map(\.value))
    let short = NetworkSimulation.run(design, replication: 0, log: EventLogRequest(until: 70, limit: 50))
    #expect(short.eventLog.count == 50 && short.eventLogTruncated)
    #expect(Array(logged.eventLog.prefix(50)) == short.eventLog)
  }
}
